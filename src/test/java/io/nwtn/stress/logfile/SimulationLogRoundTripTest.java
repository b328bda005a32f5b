package io.nwtn.stress.logfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log several times the read buffer, with strings and assertion blobs that straddle buffer
 * refills, decodes to exactly the records written.
 */
class SimulationLogRoundTripTest {

  private static final long START = 1_767_225_600_000L;

  @Test
  void everyRecordSurvivesBufferRefills(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("simulation.log");
    List<String> scenarios = List.of("simple", "Ström – 複雑");
    LogHeader header = new LogHeader("3.15.1", "sim.Large", START, "round trip", scenarios, 2);
    List<String> names = names();
    List<LogRecord> written = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);

    try (SimulationLogWriter writer =
        SimulationLogWriter.create(file, header, List.of(new byte[10], new byte[300_000]))) {
      for (int i = 0; i < 20_000; i++) {
        LogRecord record = record(i, random, names, scenarios);
        SimulationLogReaderTest.write(writer, record);
        written.add(record);
      }
    }
    List<LogRecord> read = new ArrayList<>();
    LogHeader decoded = SimulationLogReader.read(file, SimulationLogReaderTest.collect(read));

    assertEquals(header, decoded);
    assertEquals(written, read);
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      names.add("request " + i);
    }
    names.add("L".repeat(200_000));
    names.add("検".repeat(150_000));
    names.add("tab\tand\nnew line kept as written");
    return names;
  }

  private static LogRecord record(
      int i, SplittableRandom random, List<String> names, List<String> scenarios) {
    long start = START + i;
    String name = names.get(random.nextInt(names.size()));
    List<String> groups = names.subList(0, random.nextInt(4));
    return switch (i % 10) {
      case 0 -> new LogRecord.User(scenarios.get(i % 2), i % 20 == 0, start);
      case 1 -> new LogRecord.Group(groups, start, start + 50, 40, random.nextBoolean());
      case 2 -> new LogRecord.Error(name, start);
      default ->
          new LogRecord.Request(
              groups,
              name,
              start,
              start + random.nextInt(5_000),
              i % 7 != 0,
              i % 7 == 0 ? name : "");
    };
  }
}

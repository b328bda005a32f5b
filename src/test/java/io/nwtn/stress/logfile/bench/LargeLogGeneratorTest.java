package io.nwtn.stress.logfile.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated log holds what the generator says it wrote, in a realistic mix. */
class LargeLogGeneratorTest {

  @Test
  void generatedLogDecodesToTheWrittenCounts(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("simulation.log");
    LargeLogGenerator.Counts written = new LargeLogGenerator(3).write(log, 20_000);
    Map<String, long[]> read = new HashMap<>();
    long[] users = new long[2];

    SimulationLogReader.read(
        log,
        new LogVisitor() {
          @Override
          public void request(LogRecord.Request r) {
            read.computeIfAbsent(r.name(), k -> new long[2])[r.ok() ? 0 : 1]++;
            assertTrue(r.responseTimeMs() >= 0 && r.responseTimeMs() <= 60_000, "" + r);
            assertEquals(r.ok(), r.message().isEmpty(), "KO requests carry a message");
          }

          @Override
          public void user(LogRecord.User u) {
            users[u.start() ? 0 : 1]++;
          }
        });

    assertEquals(20_000, written.total());
    assertEquals(written.requests().keySet(), read.keySet());
    written.requests().forEach((name, counts) -> assertArrayEquals(counts, read.get(name), name));
    assertEquals(written.users(), users[0]);
    assertEquals(written.users(), users[1]);
    double koShare = read.values().stream().mapToLong(c -> c[1]).sum() / (double) written.total();
    assertTrue(koShare > 0.04 && koShare < 0.06, "about 5 % KO, was " + koShare);
  }
}

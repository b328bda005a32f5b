package io.nwtn.stress.logfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever damage a log suffers, the reader either decodes it or raises {@link LogFormatException}:
 * never an index, allocation or arithmetic error.
 */
class SimulationLogReaderFuzzTest {

  /**
   * A cut copy decodes cleanly exactly when the cut falls at the end of the header or of a record;
   * the boundaries come from re-encoding the records, which reproduces Gatling's bytes.
   */
  @Test
  void cutsFailCleanlyExceptAtRecordBoundaries(@TempDir Path dir) throws Exception {
    byte[] golden = Files.readAllBytes(SimulationLogReaderTest.FIXTURE);
    Set<Integer> boundaries = recordBoundaries(dir.resolve("rewritten.log"));
    Path file = dir.resolve("simulation.log");

    int clean = 0;

    // every offset through the header and the first records, then a sample of the rest
    for (int cut = 0; cut < golden.length; cut += cut < 300 ? 1 : 37) {
      Files.write(file, Arrays.copyOf(golden, cut));
      boolean decoded = decodes(file);
      assertEquals(boundaries.contains(cut), decoded, "cut at byte " + cut);
      clean += decoded ? 1 : 0;
    }
    assertTrue(clean > 10, "the sample hits record boundaries");
  }

  private static Set<Integer> recordBoundaries(Path copy) throws Exception {
    List<LogRecord> records = new ArrayList<>();
    LogHeader header =
        SimulationLogReader.read(
            SimulationLogReaderTest.FIXTURE, SimulationLogReaderTest.collect(records));
    Set<Integer> boundaries = new HashSet<>();
    try (SimulationLogWriter writer = SimulationLogWriter.create(copy, header, List.of())) {
      boundaries.add(writer.bytesWritten());
      for (LogRecord record : records) {
        SimulationLogReaderTest.write(writer, record);
        boundaries.add(writer.bytesWritten());
      }
    }
    return boundaries;
  }

  @Test
  void randomByteDamageFailsCleanlyOrDecodes(@TempDir Path dir) throws Exception {
    byte[] golden = Files.readAllBytes(SimulationLogReaderTest.FIXTURE);
    SplittableRandom random = new SplittableRandom(42);
    Path file = dir.resolve("simulation.log");

    for (int i = 0; i < 300; i++) {
      byte[] damaged = golden.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      Files.write(file, damaged);
      decodes(file);
    }
  }

  private static boolean decodes(Path file) throws Exception {
    try {
      SimulationLogReader.read(file, new LogVisitor() {});
      return true;
    } catch (LogFormatException expected) {
      return false;
    } catch (RuntimeException | OutOfMemoryError e) {
      fail(file + " raised " + e, e);
      return false;
    }
  }
}

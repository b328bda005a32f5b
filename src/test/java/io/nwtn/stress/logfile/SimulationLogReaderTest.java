package io.nwtn.stress.logfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.logfile.fixture.FiguresVisitor;
import io.nwtn.stress.logfile.fixture.FixtureFigures;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding the golden log that Gatling 3.15.1 wrote gives exactly the figures recorded with it. */
class SimulationLogReaderTest {

  static final Path FIXTURE = fixture("simulation.log");

  static Path fixture(String name) {
    try {
      return Path.of(
              SimulationLogReaderTest.class
                  .getResource("/fixtures/gatling-" + SimulationLogReader.SUPPORTED_GATLING_VERSION)
                  .toURI())
          .resolve(name);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void goldenLogDecodesToTheRecordedFigures() throws Exception {
    FixtureFigures expected =
        ResponseContract.mapper()
            .readValue(fixture("expected.json").toFile(), FixtureFigures.class);
    FiguresVisitor visitor = new FiguresVisitor();

    SimulationLogReader.read(FIXTURE, visitor);

    assertEquals(expected, visitor.figures());
  }

  @Test
  void headerNamesVersionSimulationAndScenarios() throws Exception {
    LogHeader header = SimulationLogReader.read(FIXTURE, new LogVisitor() {});

    assertEquals("3.15.1", header.gatlingVersion());
    assertEquals("io.nwtn.stress.logfile.fixture.FixtureSimulation", header.simulationClassName());
    assertEquals(List.of("Browse", "Checkout – Kasse"), header.scenarios());
    assertEquals(0, header.assertionCount());
    assertTrue(header.startEpochMs() > 1_700_000_000_000L, "start is epoch ms");
  }

  @Test
  void recordTimesAreEpochMillisecondsWithinTheRun() throws Exception {
    List<LogRecord> records = new ArrayList<>();
    LogHeader header = SimulationLogReader.read(FIXTURE, collect(records));

    for (LogRecord record : records) {
      long time = timeOf(record);
      assertTrue(
          time >= header.startEpochMs() && time < header.startEpochMs() + 600_000, "" + record);
    }
  }

  /** Writing the decoded records again reproduces Gatling's bytes exactly. */
  @Test
  void rewritingTheDecodedRecordsReproducesGatlingsBytes(@TempDir Path dir) throws Exception {
    List<LogRecord> records = new ArrayList<>();
    LogHeader header = SimulationLogReader.read(FIXTURE, collect(records));
    Path copy = dir.resolve("simulation.log");

    try (SimulationLogWriter writer = SimulationLogWriter.create(copy, header, List.of())) {
      for (LogRecord record : records) {
        write(writer, record);
      }
    }

    assertArrayEquals(Files.readAllBytes(FIXTURE), Files.readAllBytes(copy));
  }

  static LogVisitor collect(List<LogRecord> records) {
    return new LogVisitor() {
      @Override
      public void request(LogRecord.Request request) {
        records.add(request);
      }

      @Override
      public void user(LogRecord.User user) {
        records.add(user);
      }

      @Override
      public void group(LogRecord.Group group) {
        records.add(group);
      }

      @Override
      public void error(LogRecord.Error error) {
        records.add(error);
      }
    };
  }

  static long timeOf(LogRecord record) {
    if (record instanceof LogRecord.Request r) {
      return r.startEpochMs();
    } else if (record instanceof LogRecord.User u) {
      return u.epochMs();
    } else if (record instanceof LogRecord.Group g) {
      return g.startEpochMs();
    }
    return ((LogRecord.Error) record).epochMs();
  }

  static void write(SimulationLogWriter writer, LogRecord record) throws IOException {
    if (record instanceof LogRecord.Request r) {
      writer.request(r.groups(), r.name(), r.startEpochMs(), r.endEpochMs(), r.ok(), r.message());
    } else if (record instanceof LogRecord.User u) {
      writer.user(u.scenario(), u.start(), u.epochMs());
    } else if (record instanceof LogRecord.Group g) {
      writer.group(
          g.groups(), g.startEpochMs(), g.endEpochMs(), g.cumulatedResponseTimeMs(), g.ok());
    } else if (record instanceof LogRecord.Error e) {
      writer.error(e.message(), e.epochMs());
    }
  }
}

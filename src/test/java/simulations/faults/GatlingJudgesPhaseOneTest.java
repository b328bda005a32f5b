package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gatling's own report speaks the requirements: its statistics, and so its global assertions, hold
 * exactly the requests the NWTN verdict judges (the injected bad requests are kept out of them and
 * reported from the sidecar), and its response-time ranges follow the run's mean and P95 limits.
 */
@SlowTest
class GatlingJudgesPhaseOneTest {

  @TempDir static Path dir;
  static ShortRun run;
  static final AtomicLong phaseOne = new AtomicLong();
  static final AtomicLong injected = new AtomicLong();
  static final AtomicLong groupRecords = new AtomicLong();

  @BeforeAll
  static void run() throws Exception {
    ReferenceSettings settings = References.settings("nwtn.reference.faults.latency-factor = 0.1");
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      run =
          ShortRun.of(
              dir,
              server.baseUri().toString(),
              Map.of(
                  "nwtn.error-injection.share", "0.3",
                  "nwtn.requirements.mean-latency", "900ms",
                  "nwtn.requirements.p95-latency", "1500ms"));
    }
    SimulationLogReader.read(
        run.folder().resolve("simulation.log"),
        new LogVisitor() {
          @Override
          public void request(LogRecord.Request r) {
            if (r.name().startsWith(InjectedRequest.PREFIX)) {
              injected.incrementAndGet();
            } else if (r.groups().isEmpty()) {
              phaseOne.incrementAndGet();
            }
          }

          @Override
          public void group(LogRecord.Group g) {
            groupRecords.incrementAndGet();
          }
        });
  }

  @Test
  void gatlingsStatisticsHoldExactlyTheRequestsTheVerdictJudges() {
    long total = run.results().get("total_requests").asLong();
    JsonNode injection = run.results().get("error_injection");
    assertTrue(injection.get("requests").asLong() > 0, injection.toString());
    assertEquals(injection.get("requests").asLong(), injection.get("passed").asLong());
    assertTrue(injection.get("by_request").size() >= 4, injection.toString());
    assertEquals(total, phaseOne.get(), "every Phase 1 query is in the log, outside any group");
    assertEquals(0, injected.get(), "the injected requests are kept out of Gatling's statistics");
    assertEquals(0, groupRecords.get());
  }

  @Test
  void gatlingsResponseTimeRangesFollowTheRunsLimits() throws Exception {
    String report = Files.readString(run.folder().resolve("index.html"));
    assertTrue(report.contains("t < 900 ms"), "below the mean limit");
    assertTrue(report.contains("900 ms <= t < 1500 ms"), "up to the P95 limit");
    assertTrue(report.contains("t >= 1500 ms"), "above the P95 limit");
  }
}

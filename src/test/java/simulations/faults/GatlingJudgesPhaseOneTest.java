package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import simulations.chains.SessionQueries;

/**
 * Gatling's own report speaks the requirements: its assertions address the Phase 1 queries' group,
 * which holds exactly the requests the NWTN verdict judges (the injected bad requests stay outside
 * it), and its response-time ranges follow the run's mean and P95 limits.
 */
@SlowTest
class GatlingJudgesPhaseOneTest {

  @TempDir static Path dir;
  static ShortRun run;
  static final AtomicLong grouped = new AtomicLong();
  static final AtomicLong ungroupedPhaseOne = new AtomicLong();
  static final AtomicLong injectedInGroup = new AtomicLong();
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
            boolean inGroup = r.groups().equals(List.of(SessionQueries.GROUP));
            boolean injected = r.name().startsWith("injected ");
            if (inGroup) {
              grouped.incrementAndGet();
            }
            if (!injected && !inGroup) {
              ungroupedPhaseOne.incrementAndGet();
            }
            if (injected && !r.groups().isEmpty()) {
              injectedInGroup.incrementAndGet();
            }
          }

          @Override
          public void group(LogRecord.Group g) {
            groupRecords.incrementAndGet();
          }
        });
  }

  @Test
  void theAssertionsGroupHoldsExactlyTheRequestsTheVerdictJudges() {
    long total = run.results().get("total_requests").asLong();
    assertTrue(run.results().get("error_injection").get("requests").asLong() > 0);
    assertEquals(total, grouped.get(), "every Phase 1 query is in the group");
    assertEquals(total, groupRecords.get(), "one group execution per query");
    assertEquals(0, ungroupedPhaseOne.get());
    assertEquals(0, injectedInGroup.get(), "the injected requests stay outside");
  }

  @Test
  void gatlingsResponseTimeRangesFollowTheRunsLimits() throws Exception {
    String report = Files.readString(run.folder().resolve("index.html"));
    assertTrue(report.contains("t < 900 ms"), "below the mean limit");
    assertTrue(report.contains("900 ms <= t < 1500 ms"), "up to the P95 limit");
    assertTrue(report.contains("t >= 1500 ms"), "above the P95 limit");
  }
}

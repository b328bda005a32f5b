package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Abort-on-fail against a target whose pipeline fails every query, so that its circuit breaker
 * opens within the first seconds: the run, planned for over half a minute, stops early through
 * Gatling's own stop, with complete reports, the verdict FAILED with the reason, and exit code 1,
 * both from the run and from the report written again from its folder.
 */
@SlowTest
class AbortOnFailRunTest {

  static final long PLANNED_MS = 1_000 + 40_000 + 1_000;

  @TempDir static Path dir;
  static ShortRun run;

  @BeforeAll
  static void run() throws Exception {
    ReferenceSettings settings =
        References.settings("nwtn.reference.faults { latency-factor = 0.1, error-ratio = 1.0 }");
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      run =
          ShortRun.of(
              dir,
              server.baseUri().toString(),
              Map.of(
                  "nwtn.load.steady", "40s",
                  "nwtn.requirements.abort-on-fail", "true",
                  "nwtn.error-injection.enabled", "false"));
    }
  }

  @AfterAll
  static void close() {
    LiveMonitor.closeCurrent();
  }

  @Test
  void theRunEndsEarlyWithExitCodeOne() {
    assertEquals(1, run.gatlingExit(), "the run's own exit code");
    assertEquals(1, run.reportExit(), run.reportErr());
    assertTrue(run.wallMs() < PLANNED_MS - 15_000, "ran " + run.wallMs() + " ms");
  }

  @Test
  void theReportsAreCompleteAndSayWhy() {
    JsonNode r = run.results();
    assertEquals("FAILED", r.get("verdict").asText());
    assertTrue(r.get("complete").asBoolean());
    JsonNode stop =
        StreamSupport.stream(r.get("compliance_checks").spliterator(), false)
            .filter(c -> c.get("name").asText().equals("stopped_early"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.get("compliance_checks").toString()));
    assertTrue(
        stop.get("requirement").asText().startsWith("stopped early: circuit_breaker_activations"),
        stop.toString());
    assertTrue(run.reportErr().contains("stopped early: circuit_breaker_activations"));
    assertTrue(Files.isRegularFile(run.folder().resolve("index.html")), "Gatling's report");
    assertTrue(run.phaseOneInLog() > 0);
    assertEquals(run.phaseOneInLog(), r.get("total_requests").asLong());
  }

  @Test
  void theSidecarRecordsTheReasonForALaterReport() {
    Sidecar sidecar = SidecarFile.read(run.folder()).orElseThrow();
    assertNotNull(sidecar.stoppedEarly());
    assertEquals("circuit_breaker_activations", sidecar.stoppedEarly().check());
  }
}

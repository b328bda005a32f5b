package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One short run against a reference orchestrator that hangs on some requests and answers others
 * with a 200 that is not JSON, JSON that breaks the contract, or a body padded to 1 MiB, while a
 * quarter of the users' requests are injected bad requests. Every request is accounted for, each
 * fault is counted in its own category, and the run ends on schedule.
 */
@SlowTest
class FaultyTargetRunTest {

  /** The run's request timeout: a hung request must fail at this, not at the 60 s default. */
  static final long TIMEOUT_MS = 1_000;

  @TempDir static Path dir;
  static ShortRun run;

  @BeforeAll
  static void run() throws Exception {
    // a run holds about 30 Phase 1 requests: each fault is likely enough to show in every run
    ReferenceSettings settings =
        References.settings(
            "nwtn.reference.faults { latency-factor = 0.1, hang-ratio = 0.1,"
                + " non-json-ratio = 0.15, broken-contract-ratio = 0.2, oversized-ratio = 0.1,"
                + " oversized-bytes = 1MiB }");
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      run =
          ShortRun.of(
              dir,
              server.baseUri().toString(),
              Map.of(
                  "nwtn.target.request-timeout", TIMEOUT_MS + "ms",
                  "nwtn.error-injection.share", "0.25",
                  "nwtn.error-injection.max-response-time", "1s"));
    }
  }

  @Test
  void everyPhaseOneRequestIsAccountedForAndMatchesSimulationLog() {
    JsonNode r = run.results();
    long total = r.get("total_requests").asLong();
    assertTrue(total > 20, "requests: " + total);
    assertEquals(total, r.get("successful_requests").asLong() + r.get("failed_requests").asLong());
    assertEquals(run.phaseOneInLog(), total);
    long categorised = 0;
    for (JsonNode count : r.get("error_breakdown")) {
      categorised += count.asLong();
    }
    assertEquals(
        r.get("failed_requests").asLong(), categorised, r.get("error_breakdown").toString());
  }

  @Test
  void eachFaultIsCountedInItsOwnCategory() {
    JsonNode breakdown = run.results().get("error_breakdown");
    List<String> kinds = new ArrayList<>();
    breakdown.fieldNames().forEachRemaining(kinds::add);
    assertTrue(breakdown.path("timeout").asLong() > 0, "hangs time out: " + kinds);
    assertTrue(breakdown.path("invalid_body:not_json").asLong() > 0, "non-JSON 200: " + kinds);
    assertTrue(
        kinds.stream().anyMatch(k -> k.startsWith("invalid_body:") && !k.endsWith("not_json")),
        "contract-breaking 200 with its rule: " + kinds);
  }

  @Test
  void theReportsOfFaultsAndInjectedRequestsMeetTheirSchemas() {
    ReportSchemas.assertValidFolder(run.reports(), 3);
    assertEquals(
        run.results().get("error_breakdown").size(),
        ReportSchemas.read(run.reports().resolve(ReportFiles.ERRORS)).get("categories").size());
  }

  @Test
  void aFaultyTargetFailsTheVerdictWithTheReason() {
    assertEquals(1, run.reportExit(), run.reportErr());
    assertEquals("FAILED", run.results().get("verdict").asText());
    assertTrue(run.reportErr().contains("NWTN verdict FAILED: "), run.reportErr());
    assertTrue(run.results().get("complete").asBoolean());
  }

  @Test
  void hungRequestsTimeOutAtTheRequestTimeoutAndTheRunEndsOnSchedule() {
    // Gatling's start and report take a few seconds on a busy machine; a 60 s hang would not fit
    long bound = ShortRun.PLANNED_MS + TIMEOUT_MS + 12_000;
    assertTrue(run.wallMs() < bound, "run took " + run.wallMs() + " ms");
    long max = run.results().get("max_latency_ms").asLong();
    assertTrue(max >= TIMEOUT_MS && max < TIMEOUT_MS + 1_000, "slowest request " + max + " ms");
  }

  @Test
  void injectedRequestsAreRejectedAsDocumentedAndReportedApart() {
    JsonNode injection = run.results().get("error_injection");
    assertEquals(0, run.injectedInLog(), "kept out of Gatling's statistics");
    assertTrue(injection.get("requests").asLong() > 0, injection.toString());
    assertEquals(
        injection.get("requests").asLong(), injection.get("passed").asLong(), injection.toString());
    injection
        .get("by_request")
        .fieldNames()
        .forEachRemaining(name -> assertTrue(name.startsWith("injected "), name));
    assertTrue(run.results().get("total_requests").asLong() == run.phaseOneInLog());
  }
}

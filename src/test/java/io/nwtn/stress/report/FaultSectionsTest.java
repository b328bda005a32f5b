package io.nwtn.stress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.analysis.ErrorCategory;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.documents.ResultsDocument;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.testing.RunFolders;
import io.nwtn.stress.verdict.RunReport;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault sections of the results: injected requests apart from the Phase 1 figures, and the
 * outage and recovery read from the Phase 1 requests per second.
 */
class FaultSectionsTest {

  @TempDir Path dir;

  /**
   * 10 s of Phase 1 requests, one every 100 ms; those ending in seconds 3 and 4 are refused. Four
   * injected requests: three rejected as documented, one answered 200.
   */
  private RunReport plannedOutage() throws Exception {
    List<RunFolders.Req> reqs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      long offset = i * 100L + 10;
      boolean refused = offset >= 3000 && offset < 5000;
      reqs.add(
          refused
              ? RunFolders.Req.ko(offset, 20, "j.n.ConnectException: Connection refused")
              : RunFolders.Req.ok(offset, 20));
    }
    String malformed = InjectedRequest.MALFORMED_JSON.requestName();
    for (int i = 0; i < 3; i++) {
      reqs.add(new RunFolders.Req(malformed, 500L + i, 3, true, ""));
    }
    reqs.add(
        new RunFolders.Req(
            InjectedRequest.OVERSIZED_BODY.requestName(),
            700,
            4,
            false,
            "status.find.is(413), but actually found 200"));
    Path folder = RunFolders.write(dir, "outage-run", 10, 10, 10_000, reqs);
    return PostProcessor.judge(
        folder, () -> RunFolders.limits(100, 10), ReportSettings.fromConfig(config()));
  }

  private static com.typesafe.config.Config config() {
    return com.typesafe.config.ConfigFactory.defaultReference();
  }

  private static Map<String, Object> sections(RunReport r) {
    return ResultsDocument.build(r, Path.of("nwtn", r.runName(), ReportFiles.RESULTS));
  }

  @Test
  void injectedRequestsAreReportedApartFromThePhaseOneFigures() throws Exception {
    RunReport r = plannedOutage();
    assertEquals(100, r.metrics().total(), "Phase 1 total leaves the injected requests out");
    assertEquals(80, r.metrics().ok());
    JsonNode injection = json(sections(r)).get("error_injection");
    assertEquals(4, injection.get("requests").asLong());
    assertEquals(3, injection.get("passed").asLong());
    assertEquals(1, injection.get("failed").asLong());
    JsonNode oversized = injection.get("by_request").get("injected oversized body");
    assertEquals(413, oversized.get("expected_status").asInt());
    assertEquals(
        1, oversized.get("failures").get("status.find.is(413), but actually found 200").asLong());
    assertEquals(
        3, injection.get("by_request").get("injected malformed json").get("passed").asLong());
  }

  @Test
  void outageAndRecoveryAreReadPerSecond() throws Exception {
    JsonNode recovery = json(sections(plannedOutage())).get("recovery");
    long start = RunFolders.START;
    assertTrue(recovery.get("outage").asBoolean());
    assertEquals(
        Instant.ofEpochMilli(start + 3000).toString(), recovery.get("failures_began").asText());
    assertEquals(
        Instant.ofEpochMilli(start + 5000).toString(), recovery.get("failures_ended").asText());
    assertEquals(
        Instant.ofEpochMilli(start + 5000).toString(), recovery.get("recovered_at").asText());
    assertEquals(2.0, recovery.get("time_to_recover_seconds").asDouble());
    assertEquals(
        20, recovery.get("failures_in_outage").get(ErrorCategory.CONNECTION_REFUSED).asLong());
    assertFalse(recovery.get("circuit_breaker_opened").asBoolean());
  }

  @Test
  void findingsComeAfterTheVerdictInTheResults() throws Exception {
    RunReport outage = plannedOutage();
    Map<String, Object> results =
        ResultsDocument.build(outage, Path.of("nwtn", outage.runName(), ReportFiles.RESULTS));
    List<String> keys = new ArrayList<>(results.keySet());
    assertTrue(keys.indexOf("verdict") < keys.indexOf("error_injection"), keys.toString());
    // the planned run has no sidecar, so its reports never pass for complete
    assertEquals("INCOMPLETE", results.get("verdict"));
    assertEquals(false, results.get("complete"));
    assertTrue(results.containsKey("recovery"));
  }

  private static JsonNode json(Map<String, Object> map) {
    return ReportFiles.mapper().valueToTree(map);
  }
}

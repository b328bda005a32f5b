package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All agents functioning is part of PASSED: a target that answers every query within its limits but
 * drops the compiler from its medium and complex pipelines fails the run on the pipeline integrity
 * check, and the recommendation names the agent and the classes at fault.
 */
@SlowTest
class MissingAgentRunTest {

  @TempDir static Path dir;
  static ShortRun run;

  @BeforeAll
  static void run() throws Exception {
    ReferenceSettings settings =
        References.settings(
            "nwtn.reference.faults { latency-factor = 0.1," + " missing-agent = compiler }");
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      run =
          ShortRun.of(
              dir,
              server.baseUri().toString(),
              // every other requirement is met, so the verdict rests on the pipeline alone
              Map.of(
                  "nwtn.requirements.concurrency", "1", "nwtn.error-injection.enabled", "false"));
    }
  }

  @Test
  void theRunFailsOnThePipelineIntegrityCheckAlone() {
    JsonNode r = run.results();
    assertEquals(1, run.reportExit(), run.reportErr());
    assertEquals("FAILED", r.get("verdict").asText());
    assertEquals(r.get("total_requests").asLong(), r.get("successful_requests").asLong());
    for (JsonNode c : r.get("compliance_checks")) {
      boolean pipeline = c.get("name").asText().equals("pipeline_integrity");
      assertEquals(!pipeline, c.get("passed").asBoolean(), c.toString());
    }
    assertFalse(r.get("phase1_pipeline_compliance").asBoolean());
    assertTrue(r.get("phase1_latency_compliance").asBoolean());
    assertTrue(r.get("pipeline_integrity").asDouble() < 0.99);
    assertTrue(run.reportErr().contains("NWTN verdict FAILED: answers with every expected agent"));
  }

  @Test
  void theFailedRunsReportsMeetTheirSchemasWithPrsmsRecommendationLines() {
    ReportSchemas.assertValidFolder(run.reports(), 3);
    JsonNode lines = run.results().get("performance_recommendations");
    assertTrue(
        lines.get(0).asText().startsWith("❌ Phase 1 requirements not met: answers with every"),
        lines.toString());
    assertTrue(lines.get(1).asText().startsWith("🔴 "), lines.toString());
    assertTrue(lines.get(2).asText().startsWith("   - "), lines.toString());
    assertEquals("critical", run.results().at("/recommendations/0/severity").asText());
  }

  @Test
  void theRecommendationNamesTheAgentAndTheClassesAtFault() {
    String all = run.results().toString();
    assertTrue(
        all.contains("compiler missing in 100.0% of medium and complex answers"),
        run.results().get("performance_recommendations").toString());
  }
}

package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nwtn.stress.files.ReportFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Field names are snake_case at every level of a report, while the keys of its data maps (error
 * categories, request, agent and class names, the target's own resources) stay as they are.
 */
class ReportFieldNamesTest {

  @TempDir Path dir;

  @Test
  void everyFieldNameOfARunsReportsIsSnakeCase() throws Exception {
    Path reports = SyntheticRun.healthy("names", 5).failing(0.05).write(dir);
    for (String file : List.of(ReportFiles.RESULTS, ReportFiles.TIMELINE, ReportFiles.ERRORS)) {
      ReportFieldNames.assertSnakeCase(ReportSchemas.read(reports.resolve(file)), file);
    }
  }

  @Test
  void aCamelCaseFieldAtAnyDepthIsFoundByItsPath() throws Exception {
    JsonNode results = results();
    ((ObjectNode) results.at("/orchestrator_metrics/pipeline")).put("missingAgents", 0);
    ((ObjectNode) results.at("/query_class_results/simple")).put("p95LatencyMs", 1);
    ((ObjectNode) results.at("/compliance_checks/0")).put("Passed", true);

    assertEquals(
        List.of(
            "/orchestrator_metrics/pipeline/missingAgents",
            "/compliance_checks[0]/Passed",
            "/query_class_results/simple/p95LatencyMs"),
        ReportFieldNames.offenders(results));
  }

  @Test
  void theKeysOfDataMapsAreDataNotFieldNames() throws Exception {
    JsonNode results = results();
    ((ObjectNode) results.at("/error_breakdown")).put("invalid_body:not_json", 1);
    ((ObjectNode) results.at("/orchestrator_metrics/requests_by_name")).put("simple query", 3);
    ((ObjectNode) results.at("/orchestrator_metrics/health_after/resources"))
        .putObject("jvm")
        .put("heapUsed", 1);
    ((ObjectNode) results.at("/orchestrator_metrics/pipeline/unknown_agents"))
        .put("candidateGenerator", 2);

    assertEquals(List.of(), ReportFieldNames.offenders(results));
  }

  private JsonNode results() throws Exception {
    return ReportSchemas.read(
        SyntheticRun.healthy("walk", 2).write(dir).resolve(ReportFiles.RESULTS));
  }
}

package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.TargetKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schemas in {@code docs/schemas} are the reports' contract: a synthetic run's reports meet
 * them, and a report with a field removed, renamed or out of its range does not.
 */
class ReportSchemasTest {

  @TempDir static Path dir;
  static Path failing;

  @BeforeAll
  static void writeAFailingRun() throws Exception {
    // a failing run has error categories, recommendations and a ❌ headline to check
    failing = SyntheticRun.healthy("failing", 3).failing(0.1).write(dir);
  }

  @Test
  void everyReportHasAPublishedSchemaThatIsValidDraft202012() throws Exception {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    var metaSchema =
        registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (String report : ReportSchemas.REPORTS) {
      Path file = ReportSchemas.schemaFile(report);
      assertTrue(Files.isRegularFile(file), file.toString());
      JsonNode schema = ReportSchemas.read(file);
      assertEquals(
          "https://json-schema.org/draft/2020-12/schema", schema.path("$schema").asText(), report);
      assertEquals(List.of(), metaSchema.validate(schema), file.toString());
      assertEquals(report, schema.path("title").asText(), file.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(TargetKind.class)
  void aSyntheticRunsReportsMeetTheirSchemas(TargetKind kind) throws Exception {
    Path passing = SyntheticRun.healthy("passing-" + kind.wireName(), 1).against(kind).write(dir);
    ReportSchemas.assertValidFolder(passing, 3);
    ReportSchemas.assertValidFolder(failing, 3);
    assertEquals(
        kind.wireName(),
        ReportSchemas.read(passing.resolve(ReportFiles.RESULTS)).path("target_kind").asText());
  }

  @ParameterizedTest(name = "{0}: {2} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nwtn_stress_test_results.json | /success_rate                            | remove",
        "nwtn_stress_test_results.json | /test_config/base_url                    | remove",
        "nwtn_stress_test_results.json | /test_config/max_latency_ms              | rename maxLatencyMs",
        "nwtn_stress_test_results.json | /test_config/requirements/p95_latency_ms | rename p95LatencyMs",
        "nwtn_stress_test_results.json | /system_metrics/avg_cpu_percent          | rename avgCpuPercent",
        "nwtn_stress_test_results.json | /system_metrics/monitoring_duration      | remove",
        "nwtn_stress_test_results.json | /orchestrator_metrics/request_distribution/complex | remove",
        "nwtn_stress_test_results.json | /orchestrator_metrics/pipeline/missing_agents | rename missingAgents",
        "nwtn_stress_test_results.json | /orchestrator_metrics/health_before/epoch_ms | rename epochMs",
        "nwtn_stress_test_results.json | /compliance_checks/0/measured            | remove",
        "nwtn_stress_test_results.json | /recommendations/0/actions               | rename action",
        "nwtn_stress_test_results.json | /target_kind                             | remove",
        "nwtn_stress_test_results.json | /success_rate                            | set 1.5",
        "nwtn_stress_test_results.json | /total_requests                          | set -1",
        "nwtn_stress_test_results.json | /target_kind                             | set \"prsm\"",
        "nwtn_stress_test_results.json | /verdict                                 | set \"passed\"",
        "nwtn_stress_test_results.json | /start_time                              | set \"yesterday\"",
        "nwtn_stress_test_results.json | /test_config/base_url                    | set \"http://user:secret@host:8000\"",
        "nwtn_stress_test_results.json | /performance_recommendations/0           | set \"All good\"",
        "performance_timeline.json     | /seconds/0/rps                           | remove",
        "performance_timeline.json     | /seconds/0/p95_latency_ms                | rename p95LatencyMs",
        "performance_timeline.json     | /seconds/0/phase                         | set \"warm-up\"",
        "error_breakdown.json          | /categories/0/share_of_failures          | rename shareOfFailures",
        "error_breakdown.json          | /sidecar_failures/http_503_overloaded/first_epoch_ms | rename firstEpochMs",
        "error_breakdown.json          | /categories/0/share_of_failures          | set 2",
      })
  void aSchemaRejectsAReportWithAFieldRemovedRenamedOrOutOfRange(
      String file, String pointer, String change) throws Exception {
    JsonNode report = ReportSchemas.read(failing.resolve(file));
    assertEquals(List.of(), ReportSchemas.errors(report, file), "the report as written is valid");

    List<Error> errors = ReportSchemas.errors(changed(report, pointer, change), file);

    assertFalse(errors.isEmpty(), file + pointer + " " + change + " was accepted");
  }

  /** {@code report} with the field at {@code pointer} removed, renamed or set to a JSON value. */
  static JsonNode changed(JsonNode report, String pointer, String change) throws Exception {
    JsonNode copy = report.deepCopy();
    JsonPointer at = JsonPointer.compile(pointer);
    JsonNode parent = copy.at(at.head());
    String field = at.last().getMatchingProperty();
    String[] words = change.split(" ", 2);
    assertTrue(parent.has(field) || parent.has(at.last().getMatchingIndex()), pointer);
    if (parent.isArray()) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent)
          .set(at.last().getMatchingIndex(), new ObjectMapper().readTree(words[1]));
      return copy;
    }
    ObjectNode object = (ObjectNode) parent;
    switch (words[0]) {
      case "remove" -> object.remove(field);
      case "rename" -> object.set(words[1], object.remove(field));
      default -> object.set(field, new ObjectMapper().readTree(words[1]));
    }
    return copy;
  }
}

package io.nwtn.stress.validation;

import static io.nwtn.stress.validation.Fixtures.COMPLEX;
import static io.nwtn.stress.validation.Fixtures.SIMPLE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.documents.RunInfo;
import io.nwtn.stress.documents.ValidationConsole;
import io.nwtn.stress.documents.ValidationDocument;
import io.nwtn.stress.documents.ValidationReportWriter;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.testing.ReportSchemas;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {

  private static final RunInfo INFO =
      new RunInfo(
          "validation-20261127T074500Z",
          "http://127.0.0.1:8004",
          TargetKind.EXTERNAL,
          Instant.EPOCH,
          1);

  private ValidationReport failing() {
    RunAnalyzer analyzer = new RunAnalyzer(0.7);
    return ValidationReport.of(
        List.of(SIMPLE, COMPLEX),
        List.of(
            analyzer.analyze(Fixtures.run(SIMPLE, Fixtures.healthy(SIMPLE), 300)),
            analyzer.analyze(Fixtures.run(COMPLEX, Fixtures.noRouter(), 900))));
  }

  @Test
  void reportHasPrsmsSectionsAndTheFailureNamed(@TempDir Path dir) throws Exception {
    Path file =
        ValidationReportWriter.write(dir, INFO.runId(), ValidationDocument.of(failing(), INFO));
    assertEquals(dir.resolve(INFO.runId()).resolve(ReportFiles.VALIDATION), file);
    JsonNode root = ResponseContract.mapper().readTree(file.toFile());
    for (String section :
        List.of(
            "validation_summary",
            "scenario_results",
            "agent_performance_summary",
            "detailed_results",
            "overall_recommendations",
            "phase1_readiness")) {
      assertTrue(root.has(section), section);
    }
    JsonNode summary = root.get("validation_summary");
    assertEquals(false, summary.get("overall_success").asBoolean());
    assertEquals(2, summary.get("total_scenarios").asInt());
    assertEquals(1, summary.get("successful_scenarios").asInt());
    assertEquals(1.2, summary.get("total_execution_time").asDouble(), 1e-9);
    assertEquals(
        "Complex Research Task: agent router missing (1 of 1 run)",
        summary.get("failures").get(0).asText());
    JsonNode detail = root.get("detailed_results").get(1);
    assertEquals("agent_missing", detail.get("failures").get(0).get("code").asText());
    assertEquals(
        2,
        root.get("agent_performance_summary")
                .get("router")
                .get("quality_distribution")
                .get("poor")
                .asInt()
            + 1);
    assertEquals(
        "❌ NWTN Agent Pipeline validation FAILED",
        root.get("overall_recommendations").get(0).asText());
  }

  @Test
  void theReportMeetsItsSchemaWhichRejectsARenamedField(@TempDir Path dir) throws Exception {
    Path file =
        ValidationReportWriter.write(dir, INFO.runId(), ValidationDocument.of(failing(), INFO));
    ReportSchemas.assertValidFolder(file.getParent(), 1);
    ObjectNode root = (ObjectNode) ResponseContract.mapper().readTree(file.toFile());
    assertEquals("external", root.at("/run/target_kind").asText());
    ObjectNode agent = (ObjectNode) root.at("/detailed_results/1/agent_results/0");
    agent.set("agentType", agent.remove("agent_type"));
    assertFalse(ReportSchemas.errors(root, ReportFiles.VALIDATION).isEmpty(), "renamed accepted");
  }

  @Test
  void latestHoldsTheSameBytesAndNoTemporaryFilesRemain(@TempDir Path dir) throws Exception {
    Path file =
        ValidationReportWriter.write(dir, INFO.runId(), ValidationDocument.of(failing(), INFO));
    Path latest = dir.resolve("latest").resolve(ReportFiles.VALIDATION);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(latest));
    assertTrue(Files.readString(file).contains("\"🔴 Router agent did not run in"), "raw UTF-8");
    try (var files = Files.walk(dir)) {
      assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList());
    }
  }

  @Test
  void anUnwritableDirectoryFailsNamingTheFile(@TempDir Path dir) throws Exception {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                ValidationReportWriter.write(
                    blocker, INFO.runId(), ValidationDocument.of(failing(), INFO)));
    assertTrue(e.getMessage().startsWith("cannot write " + blocker), e.getMessage());
  }

  @Test
  void consoleSummaryShowsScenariosReasonsAgentsAndThePath() {
    String text = ValidationConsole.render(failing(), INFO, Path.of("target/nwtn/x.json"));
    assertTrue(text.contains("├─ Overall Status: ❌ FAILED"), text);
    assertTrue(text.contains("├─ Target: http://127.0.0.1:8004 (external orchestrator)"), text);
    assertTrue(text.contains("├─ Simple Query Processing: ✅"), text);
    assertTrue(text.contains("├─ Complex Research Task: ❌"), text);
    assertTrue(text.contains("│  ├─ ❌ agent router missing (1 of 1 run)"), text);
    assertTrue(text.contains("├─ Router:"), text);
    assertTrue(text.contains("   🔴 Router agent did not run in Complex Research Task"), text);
    assertTrue(text.contains("├─ Ready for Deployment: ❌ NO"), text);
    assertTrue(text.contains("📄 Detailed results saved to: target/nwtn/x.json"), text);
  }
}

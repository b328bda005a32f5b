package io.nwtn.stress.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.launch.ValidationRun;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.ValidationScenario;
import io.nwtn.stress.settings.ValidationSettings;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation against the reference orchestrator on port 0, healthy and with each fault
 * injected: every failure is named in the report with its scenario and reason.
 */
@SlowTest
class ValidationAgainstReferenceTest {

  private static final String SIMPLE = "Simple Query Processing";
  private static final String MEDIUM = "Medium Complexity Analysis";
  private static final String COMPLEX = "Complex Research Task";
  private static final String MULTI = "Multi-Domain Technical Query";
  private static final List<String> ALL = List.of(SIMPLE, MEDIUM, COMPLEX, MULTI);

  /** Agents a hundred times faster than the defaults, so a run takes milliseconds. */
  private static final String FAST = "nwtn.reference.faults.latency-factor = 0.01\n";

  @TempDir Path dir;

  record Outcome(int exit, JsonNode report, String console) {}

  private Outcome validate(String serverHocon) throws Exception {
    return validate(serverHocon, Duration.ofSeconds(3));
  }

  /** Runs the validation with Simple's time limit set to {@code simpleLimit}. */
  private Outcome validate(String serverHocon, Duration simpleLimit) throws Exception {
    Config config =
        ConfigFactory.parseString(
                "nwtn.reference.auth.token = \"\"\n"
                    + "nwtn.reference.breaker.enabled = false\n"
                    + FAST
                    + serverHocon
                    + "\nnwtn.validation.repetitions = 1\nnwtn.validation.output-dir = \""
                    + dir
                    + "\"")
            .withFallback(ConfigFactory.defaultReference())
            .resolve();
    ValidationSettings settings = simpleLimit(ValidationSettings.fromConfig(config), simpleLimit);
    var out = new ByteArrayOutputStream();
    int exit;
    try (var server =
        ReferenceOrchestrator.start(ReferenceSettings.fromConfig(config), "127.0.0.1", 0)) {
      // the first request pays for class loading and JIT on both sides; keep it out of the timing
      InProcessValidation.warmUp(server.baseUri(), settings);
      List<ScenarioRun> runs =
          InProcessValidation.run(server.baseUri(), settings, Duration.ofSeconds(10));
      exit =
          ValidationRun.finish(
              settings,
              new ValidationRun.RunTarget(
                  server.baseUri().toString(), TargetKind.EMBEDDED_REFERENCE),
              Instant.now(),
              runs,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              System.err);
    }
    // every validation, passed or failed, writes a report that meets its published schema
    ReportSchemas.assertValidFolder(dir.resolve("latest"), 1);
    JsonNode report =
        ResponseContract.mapper()
            .readTree(dir.resolve("latest").resolve(ReportFiles.VALIDATION).toFile());
    return new Outcome(exit, report, out.toString(StandardCharsets.UTF_8));
  }

  /** Simple's limit changed, so the latency fault can cross it without a slow test. */
  private static ValidationSettings simpleLimit(ValidationSettings s, Duration limit) {
    List<ValidationScenario> scenarios = new ArrayList<>(s.scenarios());
    ValidationScenario simple = scenarios.get(0);
    scenarios.set(
        0,
        new ValidationScenario(
            simple.name(),
            simple.queryClass(),
            simple.expectedAgents(),
            limit,
            simple.contextAllocation(),
            simple.prompts()));
    return new ValidationSettings(
        s.repetitions(), s.minConfidence(), s.outputDir(), s.userIdPrefix(), scenarios);
  }

  @Test
  void aHealthyOrchestratorPassesEveryScenario() throws Exception {
    Outcome o = validate("");
    assertEquals(ExitStatus.OK, o.exit(), o.console());
    JsonNode summary = o.report().get("validation_summary");
    assertTrue(summary.get("overall_success").asBoolean());
    assertEquals(4, summary.get("successful_scenarios").asInt());
    assertEquals(0, summary.get("failures").size());
    assertTrue(summary.get("total_context_used").asInt() > 0);
    assertTrue(o.report().get("phase1_readiness").get("ready").asBoolean());
    assertEquals(5, o.report().get("agent_performance_summary").size());
    assertTrue(o.console().contains("├─ Overall Status: ✅ PASSED"), o.console());
    assertEquals("embedded-reference", o.report().at("/run/target_kind").asText());
    assertTrue(
        o.console().contains("(embedded reference orchestrator — not a PRSM deployment)"),
        o.console());
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(
            "nwtn.reference.faults.missing-agent = router",
            named(List.of(MEDIUM, COMPLEX, MULTI), "agent router missing")),
        Arguments.of(
            "nwtn.reference.faults.failing-agent = executor", named(ALL, "agent executor failed")),
        Arguments.of(
            "nwtn.reference.faults.broken-chain = true",
            named(ALL, "data-flow chain broken (upstream_step_id)")),
        Arguments.of(
            "nwtn.reference.faults.unsafe-answers = true",
            named(ALL, "answer not safety validated (safety_validated false)")),
        Arguments.of(
            "nwtn.reference.refused-patterns = [\"quantum computing\"]",
            named(List.of(COMPLEX), "prompt refused by the safety check (HTTP 422)")));
  }

  private static List<String> named(List<String> scenarios, String reason) {
    return scenarios.stream().map(s -> s + ": " + reason + " (1 of 1 run)").toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachInjectedFaultFailsTheRightScenariosWithItsReason(String fault, List<String> failures)
      throws Exception {
    Outcome o = validate(fault);
    assertEquals(ExitStatus.FAILED, o.exit(), o.console());
    List<String> reported = texts(o.report().get("validation_summary").get("failures"));
    failures.forEach(f -> assertTrue(reported.contains(f), f + " not in " + reported));
    failures.forEach(f -> assertTrue(o.console().contains(f.substring(f.indexOf(": ") + 2)), f));
    for (JsonNode scenario : o.report().get("scenario_results")) {
      String name = scenario.get("name").asText();
      boolean hit = failures.stream().anyMatch(f -> f.startsWith(name + ": "));
      assertEquals(!hit, scenario.get("success").asBoolean(), name + " in " + reported);
    }
    assertTrue(o.console().contains("├─ Overall Status: ❌ FAILED"), o.console());
  }

  @Test
  void slowAnswersBeyondAScenariosLimitFailThatScenarioOnly() throws Exception {
    Outcome o = validate("nwtn.reference.faults.latency-factor = 1.0", Duration.ofMillis(120));
    assertEquals(ExitStatus.FAILED, o.exit(), o.console());
    List<String> failures = texts(o.report().get("validation_summary").get("failures"));
    assertEquals(1, failures.size(), failures.toString());
    assertTrue(
        failures
            .get(0)
            .matches(
                "Simple Query Processing: response took \\d+\\.\\d\\d s, limit 0\\.12 s \\(1 of 1 run\\)"),
        failures.get(0));
  }

  private static List<String> texts(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }
}

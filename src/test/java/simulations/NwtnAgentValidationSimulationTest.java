package simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the validation simulation through Gatling in its own JVM, as {@code make nwtn-test} does,
 * against a reference orchestrator on port 0: the exit code, the report, the summary and Gatling's
 * own HTML report.
 */
@SlowTest
class NwtnAgentValidationSimulationTest {

  @TempDir Path dir;

  record Run(int exit, String output, JsonNode report) {}

  private Run validate(String fault) throws Exception {
    var settings =
        ReferenceSettings.fromConfig(
            ConfigFactory.parseString(
                    "nwtn.reference.auth.token = \"\"\nnwtn.reference.faults.latency-factor = 0.05\n"
                        + fault)
                .withFallback(ConfigFactory.defaultReference())
                .resolve());
    try (var server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      int exit;
      String output;
      try (BoundedProcess gatling =
          BoundedProcess.start(
              new ProcessBuilder(command(server.baseUri().toString())),
              dir.resolve("gatling.log"),
              null)) {
        exit = gatling.awaitExit(Duration.ofSeconds(120));
        output = gatling.out();
      }
      Path report = dir.resolve("nwtn").resolve("latest").resolve(ReportFiles.VALIDATION);
      return new Run(exit, output, ResponseContract.mapper().readTree(report.toFile()));
    }
  }

  private List<String> command(String url) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                cp,
                "-Durl=" + url,
                "-Dnwtn.target.embedded=never",
                "-Dnwtn.monitoring.port=0",
                "-Dnwtn.validation.repetitions=1",
                "-Dnwtn.validation.output-dir=" + dir.resolve("nwtn"),
                "io.gatling.app.Gatling",
                "-s",
                NwtnAgentValidationSimulation.class.getName(),
                "-rf",
                dir.resolve("gatling").toString()));
    return cmd;
  }

  /**
   * One Gatling JVM is slow to start, so one run covers both verdicts: prompter is complex-only.
   */
  @Test
  void aMissingAgentFailsOnlyTheScenariosThatNeedItAndExitsOne() throws Exception {
    Run run = validate("nwtn.reference.faults.missing-agent = prompter");
    assertEquals(ExitStatus.FAILED, run.exit(), run.output());
    List<Boolean> passed = new ArrayList<>();
    run.report().get("scenario_results").forEach(s -> passed.add(s.get("success").asBoolean()));
    assertEquals(List.of(true, true, false, false), passed);
    List<String> failures = new ArrayList<>();
    run.report().get("validation_summary").get("failures").forEach(f -> failures.add(f.asText()));
    assertEquals(
        List.of(
            "Complex Research Task: agent prompter missing (1 of 1 run)",
            "Multi-Domain Technical Query: agent prompter missing (1 of 1 run)"),
        failures);
    assertTrue(run.output().contains("│  ├─ ❌ agent prompter missing (1 of 1 run)"), run.output());
    // Gatling's own report names the broken rule, not the check's internals
    assertTrue(
        run.output().contains("nwtn validation, found agent prompter missing"), run.output());
    assertFalse(run.output().contains("transformOption"), run.output());
    try (var files = Files.walk(dir.resolve("gatling"))) {
      assertTrue(files.anyMatch(f -> f.endsWith("index.html")), "Gatling's HTML report");
    }
  }
}

package io.nwtn.stress.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.documents.StressConsole;
import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.SyntheticRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow's job summary step, run as GitHub runs it on a console written by the real {@link
 * StressConsole}: the end-of-run summary lands in a code fence, and without one what the run said.
 */
class JobSummaryStepTest {

  @BeforeAll
  static void parse() throws IOException {
    WorkflowTest.parse();
  }

  @Test
  void theJobSummaryHoldsTheConsoleSummaryOfTheRunInACodeFence(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream block = new ByteArrayOutputStream();
    StressConsole.print(
        SyntheticRun.healthy("ci", 1).failing(0.10).report(),
        List.of(Path.of("target/nwtn/ci/index.html")),
        new PrintStream(block, true, StandardCharsets.UTF_8));
    String summary = block.toString(StandardCharsets.UTF_8);
    assertTrue(summary.contains("FAILED"), summary);
    String verdict = "NWTN verdict FAILED: success rate 90% < 95%\n";
    String gatlingRule = "=".repeat(120) + "\n";
    writeConsole(
        dir,
        "[INFO] --- gatling-maven-plugin:4.21.12:test (default-cli) @ nwtn-stress-suite ---\n"
            + "NWTN stress: profile quick, 100 users\n"
            + gatlingRule
            + "---- NWTN Phase 1 users ----\n"
            + gatlingRule
            + "Reports generated, please open the following file: index.html\n"
            + summary
            + verdict
            + "[INFO] BUILD FAILURE\n"
            + gatlingRule);

    assertEquals("### NWTN stress run\n```\n" + summary + verdict + "```\n", runSummaryStep(dir));
  }

  @Test
  void withoutTheRunsSummaryTheJobSummaryShowsWhatTheRunSaid(@TempDir Path dir) throws Exception {
    String said =
        "NWTN stress: Target http://127.0.0.1:8000/health does not answer (connection refused)\n";
    writeConsole(dir, "[INFO] Running simulation\n" + said + "[ERROR] Gatling failed\n");
    assertEquals("### NWTN stress run\n```\n" + said + "```\n", runSummaryStep(dir));

    Files.delete(dir.resolve(consoleFile()));
    String none = runSummaryStep(dir);
    assertTrue(none.contains("no summary: the stress run ended before its reports"), none);
  }

  /** Where the stress run step tees its console; the summary step must read that file. */
  static String consoleFile() {
    Matcher tee = Pattern.compile("\\| tee (\\S+)").matcher(WorkflowTest.runOf("Run stress test"));
    assertTrue(tee.find(), "the stress run tees its console");
    assertTrue(
        WorkflowTest.runOf("Stress run summary").contains(tee.group(1)), "the summary reads it");
    return tee.group(1);
  }

  static void writeConsole(Path dir, String console) throws IOException {
    Path log = dir.resolve(consoleFile());
    Files.createDirectories(log.getParent());
    Files.writeString(log, console, StandardCharsets.UTF_8);
  }

  /** Runs the summary step's script as GitHub does (bash -e) and returns what it appended. */
  static String runSummaryStep(Path dir) throws Exception {
    JsonNode step = WorkflowTest.steps.get(WorkflowTest.indexOfRun("GITHUB_STEP_SUMMARY"));
    assertEquals("always()", step.path("if").asText(), "also after a FAILED verdict");
    Path summary = dir.resolve("step-summary.md");
    Files.deleteIfExists(summary);
    ProcessBuilder bash =
        new ProcessBuilder("bash", "-e", "-c", step.path("run").asText()).directory(dir.toFile());
    bash.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
    BoundedProcess.Result r = BoundedProcess.run(bash, Duration.ofSeconds(20));
    assertEquals(0, r.exitCode(), r.output());
    return Files.readString(summary, StandardCharsets.UTF_8);
  }
}

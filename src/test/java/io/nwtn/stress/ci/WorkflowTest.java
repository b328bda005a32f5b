package io.nwtn.stress.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.testing.BoundedProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CI workflow parses, runs the seed's steps in order, and every make step names a target; it
 * checks formatting, runs the suite's tests and publishes the compliance JUnit XML. The job summary
 * step has {@link JobSummaryStepTest}.
 */
class WorkflowTest {

  static final Path WORKFLOW = Path.of(".github/workflows/nwtn-stress-test.yml");
  static final Pattern MAKE = Pattern.compile("(?m)(?:^|[;&|(]\\s*|\\s)make\\s+([A-Za-z0-9_.-]+)");
  static final Pattern TARGET =
      Pattern.compile("(?m)^([A-Za-z0-9_.-]+(?:\\s+[A-Za-z0-9_.-]+)*)\\s*:(?![=:])");

  static JsonNode job;
  static JsonNode steps;
  static List<String> makeSteps;

  @BeforeAll
  static void parse() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    job = root.path("jobs").path("stress-test");
    assertEquals("ubuntu-latest", job.path("runs-on").asText());
    steps = job.path("steps");
    makeSteps = new ArrayList<>();
    for (JsonNode step : steps) {
      Matcher m = MAKE.matcher(step.path("run").asText(""));
      while (m.find()) {
        makeSteps.add(m.group(1));
      }
    }
  }

  static Set<String> makefileTargets() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = TARGET.matcher(Files.readString(Path.of("Makefile")));
    while (m.find()) {
      for (String t : m.group(1).trim().split("\\s+")) {
        if (!t.startsWith(".")) {
          out.add(t);
        }
      }
    }
    return out;
  }

  @Test
  void everyMakeStepNamesARealMakefileTarget() throws IOException {
    Set<String> targets = makefileTargets();
    assertFalse(makeSteps.isEmpty());
    for (String target : makeSteps) {
      assertTrue(
          targets.contains(target),
          "make " + target + " is not a target of the Makefile " + targets);
    }
  }

  @Test
  void theSeedsStepsRunInOrder() {
    assertEquals(List.of("install-dev", "run", "nwtn-test", "nwtn-stress-quick"), makeSteps);
  }

  @Test
  void javaSeventeenFromTemurinWithTheMavenCache() {
    JsonNode java = step("actions/setup-java");
    assertEquals("temurin", java.path("with").path("distribution").asText());
    assertEquals("17", java.path("with").path("java-version").asText());
    assertEquals("maven", java.path("with").path("cache").asText());
    assertTrue(steps.get(0).path("uses").asText().startsWith("actions/checkout@"));
  }

  @Test
  void theOrchestratorRunsInTheBackgroundAndIsAwaitedWithABoundedHealthLoop() {
    String start = runOf("Start the orchestrator");
    assertTrue(start.matches("(?s).*make run[^\\n]*&\\s*"), start);
    String wait = runOf("Wait for the API");
    assertTrue(wait.contains("$URL/health") && wait.contains("seq 1 "), wait);
    assertTrue(wait.contains("exit 1"), "gives up with a failure: " + wait);
  }

  @ParameterizedTest
  @ValueSource(strings = {"target/nwtn/", "target/gatling/"})
  void reportsAreUploadedEvenWhenTheRunFailed(String path) {
    boolean found = false;
    for (JsonNode s : steps) {
      if (s.path("uses").asText().startsWith("actions/upload-artifact@")
          && s.path("with").path("path").asText().contains(path)) {
        assertEquals("always()", s.path("if").asText());
        found = true;
      }
    }
    assertTrue(found, "no upload of " + path);
  }

  @Test
  void everyRunScriptIsValidBash() throws Exception {
    for (JsonNode s : steps) {
      if (s.has("run")) {
        BoundedProcess.Result r =
            BoundedProcess.run(
                List.of("bash", "-n", "-c", s.path("run").asText()), Duration.ofSeconds(10));
        assertEquals(0, r.exitCode(), s.path("name").asText() + ": " + r.output());
      }
    }
  }

  @Test
  void formattingIsCheckedFirstAndNeverApplied() {
    int check = indexOfRun("spotless:check");
    String run = steps.get(check).path("run").asText();
    assertTrue(run.contains("exit 1") && run.contains("make format"), "fails with a hint: " + run);
    assertTrue(check < indexOfRun("make install-dev"), "before anything is built");
    for (JsonNode s : steps) {
      assertFalse(s.path("run").asText("").contains("spotless:apply"), s.toString());
    }
  }

  @Test
  void theReadmesTestCommandRunsBeforeTheOrchestratorStarts() throws IOException {
    Matcher readme =
        Pattern.compile("(?m)^mvn (\\S+)\\s+# the tests$")
            .matcher(Files.readString(Path.of("README.md")));
    assertTrue(readme.find(), "the README's test command");
    String command = "mvn -B " + readme.group(1);
    int tests = indexOfRun(command);
    assertEquals(command, steps.get(tests).path("run").asText().strip());
    assertFalse(steps.get(tests).has("if"), "a failed test fails the job");
    assertTrue(tests < indexOfRun("make run"), "before the orchestrator starts");
  }

  @Test
  void theStressRunKeepsItsConsoleAndItsExitCode() {
    String run = runOf("Run stress test");
    assertTrue(run.contains("set -o pipefail"), "make's exit code, not tee's: " + run);
    assertTrue(
        run.matches("(?s).*make nwtn-stress-quick [^\\n]*2>&1 \\| tee \\S+\\s*"),
        "stdout and stderr kept: " + run);
  }

  @Test
  void theComplianceJunitXmlIsPublishedAsATestReportEvenWhenTheRunFailed() {
    int publish = indexOfUses("mikepenz/action-junit-report");
    JsonNode step = steps.get(publish);
    assertTrue(
        step.path("uses").asText().matches("mikepenz/action-junit-report@v\\d+"),
        "pinned to a major version: " + step.path("uses").asText());
    assertEquals("always()", step.path("if").asText());
    assertEquals(
        "target/nwtn/" + ReportFiles.LATEST + "/" + ReportFiles.JUNIT,
        step.path("with").path("report_paths").asText());
    assertTrue(publish > indexOfRun("make nwtn-stress-quick"), "after the stress run");
    assertEquals("write", job.path("permissions").path("checks").asText(), "may create checks");
  }

  static int indexOfRun(String fragment) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).path("run").asText("").contains(fragment)) {
        return i;
      }
    }
    throw new AssertionError("no step runs " + fragment);
  }

  static int indexOfUses(String action) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).path("uses").asText().startsWith(action + "@")) {
        return i;
      }
    }
    throw new AssertionError("no step uses " + action);
  }

  static JsonNode step(String uses) {
    for (JsonNode s : steps) {
      if (s.path("uses").asText().startsWith(uses + "@")) {
        return s;
      }
    }
    throw new AssertionError("no step uses " + uses);
  }

  static String runOf(String name) {
    for (JsonNode s : steps) {
      if (name.equals(s.path("name").asText())) {
        return s.path("run").asText();
      }
    }
    throw new AssertionError("no step named " + name);
  }
}

package io.nwtn.stress.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

/** The CI workflow parses, runs the seed's steps in order, and every make step names a target. */
class WorkflowTest {

  static final Path WORKFLOW = Path.of(".github/workflows/nwtn-stress-test.yml");
  static final Pattern MAKE = Pattern.compile("(?m)(?:^|[;&|(]\\s*|\\s)make\\s+([A-Za-z0-9_.-]+)");
  static final Pattern TARGET =
      Pattern.compile("(?m)^([A-Za-z0-9_.-]+(?:\\s+[A-Za-z0-9_.-]+)*)\\s*:(?![=:])");

  static JsonNode steps;
  static List<String> makeSteps;

  @BeforeAll
  static void parse() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
    JsonNode job = root.path("jobs").path("stress-test");
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

package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.Eventually;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults that need a JVM of their own: exit codes, the environment and Ctrl-C. */
@SlowTest
class ForkedRunTest {

  /** The total of a Gatling console report, once it is above zero. */
  private static final Pattern ANSWERED = Pattern.compile("(?m)^> Global\\s+\\|\\s+[1-9]");

  @TempDir Path dir;

  @Test
  void targetNotRunningStopsWithinSecondsWithOneLineAndNoReports() throws Exception {
    String url = "http://127.0.0.1:" + ForkedRun.freePort();
    List<String> props = new ArrayList<>(ForkedRun.shortLoad(dir, url, "2s"));
    props.add("-Dnwtn.target.embedded=never");
    props.add("-Dnwtn.target.health-timeout=2s");

    ForkedRun run = ForkedRun.of(dir, props, Map.of(), p -> {}, 60);

    assertEquals(3, run.exit(), run.err());
    assertTrue(
        run.err().contains("NWTN stress: Target " + url + "/health does not answer"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    // most of this is the JVM and Gatling starting on a busy machine; the preflight itself is
    // bounded by the 2 s health timeout
    assertTrue(run.wallMs() < 45_000, "took " + run.wallMs() + " ms");
    assertFalse(Files.exists(dir.resolve("nwtn")), "no reports, not even partial ones");
  }

  @Test
  void theTokenNeverAppearsInAnyOutputOfTheRun() throws Exception {
    String token = "nwtn-secret-" + UUID.randomUUID();
    String url = "http://127.0.0.1:" + ForkedRun.freePort();
    List<String> props = new ArrayList<>(ForkedRun.shortLoad(dir, url, "2s"));
    props.add("-Dnwtn.target.embedded=always");
    props.add("-Dnwtn.error-injection.share=0.3");
    Map<String, String> env = Map.of("NWTN_API_TOKEN", token, "NWTN_REFERENCE_TOKEN", token);

    ForkedRun run = ForkedRun.of(dir, props, env, p -> {}, 120);

    // a verdict either way (a 3-user run may miss the ramp-up concurrency), never a broken run
    assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
    JsonNode results = results();
    assertTrue(results.get("successful_requests").asLong() > 0, "the token was used and accepted");
    assertEquals(
        results.get("error_injection").get("requests").asLong(),
        results.get("error_injection").get("passed").asLong());
    // the run started the reference orchestrator itself: every report says so
    assertEquals("embedded-reference", results.get("target_kind").asText());
    assertTrue(
        run.out().contains("(embedded reference orchestrator — not a PRSM deployment)"), run.out());
    ReportSchemas.assertValidFolder(dir.resolve("nwtn").resolve(ReportFiles.LATEST), 3);
    assertFalse(run.out().contains(token), "console output");
    assertFalse(run.err().contains(token), "console errors");
    List<Path> files = files();
    assertTrue(files.stream().anyMatch(f -> f.endsWith("simulation.log")), files.toString());
    assertTrue(files.stream().anyMatch(f -> f.endsWith("index.html")), files.toString());
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      assertFalse(contains(bytes, token.getBytes(StandardCharsets.UTF_8)), f.toString());
      // simulation.log stores strings in UTF-16 when they are not Latin-1 only
      assertFalse(contains(bytes, token.getBytes(StandardCharsets.UTF_16LE)), f.toString());
    }
  }

  @Test
  void ctrlCWritesTheReportsOfWhatRanMarkedIncomplete() throws Exception {
    String url = "http://127.0.0.1:" + ForkedRun.freePort();
    List<String> props = new ArrayList<>(ForkedRun.shortLoad(dir, url, "60s"));
    props.add("-Dnwtn.target.embedded=always");

    ForkedRun run = ForkedRun.of(dir, props, Map.of(), this::interruptOnceLoaded, 90);

    assertTrue(
        run.wallMs() < 60_000,
        () ->
            "stopped early, not at the end of the load; the fork printed:\n"
                + tail(run.out())
                + "\n--- stderr:\n"
                + tail(run.err()));
    assertNotEquals(0, run.exit(), run.err());
    JsonNode results = results();
    assertFalse(results.get("complete").asBoolean());
    assertEquals("INCOMPLETE", results.get("verdict").asText());
    assertTrue(
        results.get("incomplete_reasons").get(0).asText().contains("stopped before its end"),
        results.get("incomplete_reasons").toString());
    assertTrue(run.err().contains("INCOMPLETE"), run.err());
    try (Stream<Path> folders = Files.list(dir.resolve("gatling"))) {
      assertTrue(folders.anyMatch(f -> Files.exists(f.resolve(Completeness.MARKER))));
    }
  }

  /**
   * Waits until Gatling's first console report counts answered requests, then sends SIGINT as
   * Ctrl-C does.
   */
  private void interruptOnceLoaded(Process process) {
    try {
      Eventually.await(
          "Gatling reports answered requests",
          Duration.ofSeconds(60),
          () -> ANSWERED.matcher(forkOut()).find());
      BoundedProcess.Result kill =
          BoundedProcess.run(
              List.of("kill", "-INT", Long.toString(process.pid())), Duration.ofSeconds(10));
      assertEquals(0, kill.exitCode(), kill.output());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The last lines of a fork's output, for a failure's message. */
  private static String tail(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private String forkOut() {
    try {
      return Files.readString(dir.resolve("fork.out"));
    } catch (IOException e) {
      return ""; // not created yet, or read mid-way through a multi-byte character: poll again
    }
  }

  private JsonNode results() throws IOException {
    return new ObjectMapper()
        .readTree(dir.resolve("nwtn").resolve("latest").resolve(ReportFiles.RESULTS).toFile());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}

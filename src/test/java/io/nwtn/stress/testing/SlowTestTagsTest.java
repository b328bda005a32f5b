package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code make test-fast} fast: a test class that runs Gatling, forks a JVM, starts a browser
 * or runs Prometheus carries {@link SlowTest}, on the class or on the methods that do it.
 */
class SlowTestTagsTest {

  /** What a source does when it runs Gatling, forks a JVM, starts chromium or runs Prometheus. */
  static final List<String> SLOW_MARKERS =
      List.of(
          "Gatling$.MODULE$",
          "ExitPath.runInThisJvm",
          "\"io.gatling.app.Gatling\"",
          "ForkedRun.of(",
          "ShortRun.of(",
          "ReferenceRuns.run(",
          "\"java.home\"",
          "\"deploy/nwtn.sh\"",
          "HeadlessChromium.find()",
          "LocalPrometheus.binary(");

  @Test
  void everyTestThatRunsGatlingForksAJvmStartsABrowserOrPrometheusIsTaggedSlow()
      throws IOException {
    List<Path> slow = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith("Test.java")).toList()) {
        String text = Files.readString(source);
        if (SLOW_MARKERS.stream().anyMatch(text::contains)) {
          slow.add(source);
          assertTrue(text.contains("@SlowTest"), source + " needs @SlowTest");
        }
      }
    }
    // the markers still match the suite's slow tests, so the check above is not vacuous
    assertTrue(slow.size() >= 10, "slow test classes found: " + slow);
  }
}

package io.nwtn.stress.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.testing.SyntheticRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompareMainTest {

  @TempDir static Path dir;
  static Path baseline;
  static Path healthy;

  @BeforeAll
  static void runs() throws IOException {
    baseline = SyntheticRun.healthy("baseline", 1).write(dir);
    healthy = SyntheticRun.healthy("healthy", 2).write(dir);
  }

  record Outcome(int code, String out, String err) {}

  static Outcome compare(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CompareMain.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static String line(String out, String metric) {
    return out.lines().filter(l -> l.startsWith(metric + " ")).findFirst().orElse("");
  }

  @Test
  void twoHealthyRunsCompareClean() {
    Outcome o = compare("--baseline", baseline.toString(), "--current", healthy.toString());
    assertEquals(0, o.code(), o.out());
    assertTrue(o.out().contains("no regression"), o.out());
    assertTrue(line(o.out(), "class.complex").contains("ok"), o.out());
    assertTrue(line(o.out(), "agent.executor").contains("ok"), o.out());
  }

  @Test
  void aThirtyPercentSlowdownIsFlaggedOnTheDistribution() throws IOException {
    Path slow = SyntheticRun.healthy("slow", 3).slowedBy(1.3).write(dir);
    Outcome o = compare(baseline.resolve(ReportFiles.RESULTS).toString(), slow.toString());
    assertEquals(1, o.code(), o.out());
    assertTrue(line(o.out(), "p95_latency_ms").contains("REGRESSION (KS D+="), o.out());
    assertTrue(line(o.out(), "class.medium p95_ms").contains("REGRESSION"), o.out());
    assertTrue(line(o.out(), "success_rate").contains("ok"), o.out());
    assertTrue(o.out().contains("compare-performance: REGRESSION in"), o.out());
  }

  @Test
  void aSmallShiftWithinToleranceIsNotARegression() throws IOException {
    Path slightly = SyntheticRun.healthy("slightly", 1).slowedBy(1.04).write(dir);
    Outcome o = compare(baseline.toString(), slightly.toString());
    assertEquals(0, o.code(), o.out());
  }

  @Test
  void aSuccessRateDropIsFlagged() throws IOException {
    Path failing = SyntheticRun.healthy("failing", 4).failing(0.05).write(dir);
    Outcome o = compare(baseline.toString(), failing.toString());
    assertEquals(1, o.code(), o.out());
    assertTrue(line(o.out(), "success_rate").contains("REGRESSION"), o.out());
    assertTrue(line(o.out(), "errors.http_503_overloaded").contains("REGRESSION"), o.out());
    assertTrue(line(o.out(), "p95_latency_ms").contains("ok"), o.out());
  }

  @Test
  void aLooserToleranceFlagAcceptsTheSlowdown() throws IOException {
    Path slow = SyntheticRun.healthy("slow-accepted", 3).slowedBy(1.3).write(dir);
    Outcome o = compare(baseline.toString(), slow.toString(), "--latency-tolerance", "50%");
    assertEquals(0, o.code(), o.out());
    assertTrue(o.out().contains("latency +50.0%"), o.out());
  }

  @Test
  void savesTheCurrentRunAsANamedBaselineAndComparesAgainstIt() throws IOException {
    Path store = dir.resolve("baselines");
    Outcome saved =
        compare(
            "--current",
            baseline.toString(),
            "--save-baseline",
            "main",
            "--baselines-dir",
            store.toString());
    assertEquals(0, saved.code(), saved.err());
    Path file = store.resolve("main.json");
    assertTrue(Files.readString(file).contains("response_time_histogram"));
    Outcome o =
        compare(
            "--baseline",
            "main",
            "--current",
            healthy.toString(),
            "--baselines-dir",
            store.toString());
    assertEquals(0, o.code(), o.out() + o.err());
    assertTrue(o.out().contains("baseline: " + file), o.out());
  }

  static Stream<Arguments> badInput() throws IOException {
    Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"total_requests\": 1,");
    Path other = Files.writeString(dir.resolve("other.json"), "{\"status\": \"healthy\"}");
    Path empty = Files.createDirectories(dir.resolve("empty-run"));
    return Stream.of(
        Arguments.of(new String[] {dir.resolve("missing.json").toString(), "x"}, "no results at"),
        Arguments.of(new String[] {notJson.toString(), other.toString()}, "is not JSON (line"),
        Arguments.of(
            new String[] {other.toString(), notJson.toString()}, "is not an NWTN results file"),
        Arguments.of(
            new String[] {"--baseline", other.toString(), "--current", baseline.toString()},
            "is not an NWTN results file (no numeric"),
        Arguments.of(new String[] {empty.toString(), baseline.toString()}, "no results at"),
        Arguments.of(
            new String[] {"--latency-tolerance", "lots", baseline.toString(), baseline.toString()},
            "is not a number"),
        Arguments.of(
            new String[] {"--latency-tolerance", "-5%", baseline.toString(), baseline.toString()},
            "out of range"),
        Arguments.of(
            new String[] {"--frobnicate", baseline.toString()}, "unknown flag --frobnicate"),
        Arguments.of(
            new String[] {"--current", baseline.toString(), "--save-baseline", "../x"},
            "is not allowed"),
        Arguments.of(new String[] {baseline.toString()}, "expected two paths"),
        Arguments.of(
            new String[] {"--current", baseline.toString()}, "a current run and a baseline"));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputExitsTwoWithOneLine(String[] args, String expected) {
    Outcome o = compare(args);
    assertEquals(2, o.code(), o.out() + o.err());
    assertEquals(1, o.err().lines().count(), o.err());
    assertTrue(o.err().startsWith("compare-performance: "), o.err());
    assertTrue(o.err().contains(expected), o.err());
    assertFalse(o.out().contains("REGRESSION"));
  }
}

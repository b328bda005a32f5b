package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.compare.CompareMain;
import io.nwtn.stress.merge.MergeMain;
import io.nwtn.stress.publish.DashboardMain;
import io.nwtn.stress.report.ReportMain;
import io.nwtn.stress.testing.SlowTest;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command refuses a misspelt setting before it does anything, with one line and exit 2: the
 * commands that run in this JVM, and the reference orchestrator and the injector launcher, which
 * run in their own JVM with the classpath a user starts them with.
 */
@SlowTest
class EntryPointTyposTest {

  interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  @TempDir Path dir;

  /** A command, how many folders it takes, a typo of one of its settings, and its answer. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(
            "report",
            (Command) ReportMain::run,
            1,
            "nwtn.report.sampel-interval",
            "nwtn report: -Dnwtn.report.sampel-interval: unknown setting;"
                + " did you mean nwtn.report.sample-interval?"),
        Arguments.of(
            "merge",
            (Command) MergeMain::run,
            1,
            "nwtn.report.output-dri",
            "nwtn merge: -Dnwtn.report.output-dri: unknown setting;"
                + " did you mean nwtn.report.output-dir?"),
        Arguments.of(
            "compare",
            (Command) CompareMain::run,
            2,
            "nwtn.compare.latency-tolerence",
            "compare-performance: -Dnwtn.compare.latency-tolerence: unknown setting;"
                + " did you mean nwtn.compare.latency-tolerance?"),
        Arguments.of(
            "dashboard",
            (Command) DashboardMain::run,
            1,
            "nwtn.report.gatling-result",
            "dashboard: -Dnwtn.report.gatling-result: unknown setting;"
                + " did you mean nwtn.report.gatling-results?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aCommandRefusesATypoWithOneLine(
      String name, Command command, int folders, String typo, String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // folders that do not exist: the typo must be found before they are looked at
    String[] args =
        Collections.nCopies(folders, dir.resolve("run").toString()).toArray(String[]::new);
    System.setProperty(typo, "1s");
    int code;
    try {
      code =
          command.run(
              args,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
    } finally {
      System.clearProperty(typo);
    }
    assertEquals(2, code, err.toString(StandardCharsets.UTF_8));
    assertEquals(line + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("processes")
  void aProgramRefusesATypoWithOneLine(
      String mainClass, boolean tests, List<String> props, String line)
      throws IOException, InterruptedException {
    List<String> command =
        Stream.concat(
                Stream.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-cp",
                    classpath(tests),
                    "-Dnwtn.report.output-dir=" + dir.resolve("nwtn")),
                Stream.concat(props.stream(), Stream.of(mainClass)))
            .toList();
    Path errFile = dir.resolve("err");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(errFile.toFile())
            .start();
    boolean ended = p.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      p.destroyForcibly().waitFor();
    }
    String err = Files.readString(errFile);
    assertTrue(ended, "still running: the typo was not refused; " + err);
    assertEquals(2, p.exitValue(), err);
    assertEquals(line, err.strip());
  }

  static Stream<Arguments> processes() {
    return Stream.of(
        Arguments.of(
            "io.nwtn.stress.reference.ReferenceMain",
            false,
            // port 0: should the typo pass, the server must not take a port others use
            List.of("-Dnwtn.reference.port=0", "-Dnwtn.reference.prot=1"),
            "error: bad setting: -Dnwtn.reference.prot: unknown setting;"
                + " did you mean nwtn.reference.port?"),
        Arguments.of(
            "io.nwtn.stress.launch.InjectorLauncher",
            true,
            // should the typo pass, the preflight fails at once rather than a load starting
            List.of(
                "-Dnwtn.injector.cuont=2",
                "-Durl=http://127.0.0.1:9",
                "-Dnwtn.target.embedded=never"),
            "NWTN stress: -Dnwtn.injector.cuont: unknown setting;"
                + " did you mean nwtn.injector.count?"));
  }

  /**
   * This JVM's classpath; without the tests' classes and resources, as {@code make run} starts the
   * reference orchestrator (the built-in profiles are test resources).
   */
  private static String classpath(boolean tests) {
    String all =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Stream.of(all.split(File.pathSeparator))
        .filter(entry -> tests || !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}

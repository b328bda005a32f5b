package simulations.faults;

import io.nwtn.stress.testing.BoundedProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import simulations.NwtnStressSimulation;

/**
 * The stress simulation in its own JVM under Gatling's {@code main}, the way {@code mvn
 * gatling:test} runs it, so exit codes, shutdown hooks, signals and the environment are real.
 *
 * @param exit the JVM's exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 * @param wallMs from start to exit
 */
record ForkedRun(int exit, String out, String err, long wallMs) {

  /** Short load: 3 users, 1 s / {@code steady} / 1 s, think times of 100-200 ms. */
  static List<String> shortLoad(Path dir, String url, String steady) {
    return List.of(
        "-Durl=" + url,
        "-Dprofile=smoke",
        "-Dnwtn.monitoring.port=0",
        "-Dnwtn.load.users=3",
        "-Dnwtn.load.ramp-up=1s",
        "-Dnwtn.load.steady=" + steady,
        "-Dnwtn.load.ramp-down=1s",
        "-Dnwtn.load.think-time.min=100ms",
        "-Dnwtn.load.think-time.max=200ms",
        "-Dnwtn.reference.faults.latency-factor=0.1",
        "-Dnwtn.report.output-dir=" + dir.resolve("nwtn"),
        "-Dnwtn.report.gatling-results=" + dir.resolve("gatling"));
  }

  /** Whether this process ignores SIGINT (bit 1 of {@code SigIgn} in /proc/self/status). */
  private static boolean sigintIgnored() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("SigIgn:"))
          .anyMatch(line -> (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 2L) != 0);
    } catch (IOException | RuntimeException e) {
      return false; // not Linux: nothing to give back
    }
  }

  /**
   * Runs the simulation with {@code props} and {@code env}; {@code during} sees the process while
   * it runs (e.g. to interrupt it). Gives up after {@code limitSeconds}.
   */
  static ForkedRun of(
      Path dir,
      List<String> props,
      Map<String, String> env,
      Consumer<Process> during,
      long limitSeconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (sigintIgnored()) {
      // a shell without job control starts background commands with SIGINT ignored, every child
      // inherits that, and a JVM that finds it ignored never sees Ctrl-C: give the fork the
      // terminal's default back, as a user's run has it
      command.addAll(List.of("env", "--default-signal=INT"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(classPath());
    command.addAll(props);
    command.addAll(
        List.of(
            "io.gatling.app.Gatling",
            "-s",
            NwtnStressSimulation.class.getName(),
            "-rf",
            dir.resolve("gatling").toString()));
    Path out = dir.resolve("fork.out");
    Path err = dir.resolve("fork.err");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("NWTN_API_TOKEN");
    builder.environment().remove("NWTN_REFERENCE_TOKEN");
    builder.environment().putAll(env);
    long t0 = System.nanoTime();
    try (BoundedProcess fork = BoundedProcess.start(builder, out, err)) {
      during.accept(fork.process());
      int exit = fork.awaitExit(Duration.ofSeconds(limitSeconds));
      return new ForkedRun(exit, fork.out(), fork.err(), (System.nanoTime() - t0) / 1_000_000);
    }
  }

  /** Surefire hands the test class path over in a property of its own. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  /** A loopback port nothing listens on at the moment. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

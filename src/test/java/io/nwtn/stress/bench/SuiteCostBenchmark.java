package io.nwtn.stress.bench;

import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.report.ReportMain;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What the suite itself costs per request: bare Gatling ({@link BareSessionsSimulation}, the same
 * requests with only a status check) against the suite's own stress simulation ({@link
 * SuiteCostSimulation}: response parsing, contract checks, recording, live monitoring, error
 * injection), the same users and load against the same target, after a discarded warm-up run: each
 * pair's two Gatling JVMs at once, so that the machine's own noise (steal, the target's core)
 * weighs on both alike. The target is the reference orchestrator in a JVM of its own with a short
 * pipeline (latency factor 0.01), so that the request rate is high; with {@code taskset} and two
 * cores the target runs on core 1 and each Gatling JVM on core 0. CPU per request is measured
 * inside each Gatling JVM over the steady part ({@link SteadyCpu}), its requests counted from
 * {@code simulation.log} over the same instants. Goal: the suite at most 1.25 times bare Gatling.
 *
 * <p>Usage: {@code SuiteCostBenchmark <out.json> <quick: 0|1>}. {@code -Dbench.suite-cost.jfr=true}
 * records each bare and suite run with JDK Flight Recorder into its run folder ({@link JfrProfile}
 * sums them up); {@code -Dbench.suite-cost.steady-seconds} (quick 45, full 120), {@code
 * -Dbench.suite-cost.pairs} (2) and {@code -Dbench.suite-cost.users} (quick 40, full 60) set the
 * length of a run, the number of bare/suite pairs and the load. Each run's CPU is also given by
 * kind of thread ({@link ThreadCpu}), user and system time apart.
 */
public final class SuiteCostBenchmark {

  static final double GOAL = 1.25;
  static final double LATENCY_FACTOR = 0.01;

  private final Path work;
  private final boolean quick;
  private final Layout layout;
  private final boolean jfr = Boolean.getBoolean("bench.suite-cost.jfr");

  private SuiteCostBenchmark(Path work, boolean quick, Layout layout) {
    this.work = work;
    this.quick = quick;
    this.layout = layout;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: SuiteCostBenchmark <out.json> <quick: 0|1>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Path work = out.toAbsolutePath().getParent().getParent().resolve("suite-cost");
    Files.createDirectories(work);
    SuiteCostBenchmark bench =
        new SuiteCostBenchmark(work, "1".equals(args[1]), Layout.fromSystem());
    try (TargetProcess target =
        TargetProcess.start(
            bench.layout,
            Map.of(
                "nwtn.reference.breaker.enabled",
                "false",
                "nwtn.reference.faults.latency-factor",
                Double.toString(LATENCY_FACTOR)),
            work.resolve("target.out"),
            Duration.ofSeconds(900))) {
      Map<String, Object> figures = bench.run(target.baseUri());
      BenchParts.write(out, figures);
      SuiteCostFigures.print(figures, System.out);
    }
    System.exit(0);
  }

  private Map<String, Object> run(URI target) throws Exception {
    int users = Integer.getInteger("bench.suite-cost.users", quick ? 40 : 60);
    // a run holds steady for `steady` s; its figures come from the second half (JIT settling)
    // 120 s in full: with the window at 62-118 s the JIT has done most of its work (at 45 s it was
    // still compiling); a side-by-side pair takes no longer than one run did (docs/benchmarks.md)
    int steady = Integer.getInteger("bench.suite-cost.steady-seconds", quick ? 45 : 120);
    int pairs = Integer.getInteger("bench.suite-cost.pairs", 2);
    List<Map<String, Object>> runs = new ArrayList<>();
    runs.add(gatling("warm-up", 0, target, users, 20));
    // each pair's bare and suite JVMs run at once, side by side on the generator's core: whatever
    // the machine does meanwhile (steal, the other core's load) falls on both alike
    ExecutorService both = Executors.newFixedThreadPool(2);
    try {
      for (int i = 0; i < pairs; i++) {
        int index = 1 + 2 * i;
        Future<Map<String, Object>> bare =
            both.submit(() -> gatling(SuiteCostFigures.BARE, index, target, users, steady));
        Future<Map<String, Object>> suite =
            both.submit(() -> gatling(SuiteCostFigures.SUITE, index + 1, target, users, steady));
        runs.add(result(bare));
        runs.add(result(suite));
      }
    } finally {
      both.shutdownNow();
    }
    Map<String, Object> f = BenchParts.figures();
    f.put("target", "POST /api/v1/sessions of the reference orchestrator in its own JVM");
    f.put("target_latency_factor", LATENCY_FACTOR);
    f.put(
        "pinning",
        layout.pinned()
            ? "taskset: target on core 1, Gatling on core 0"
            : "unpinned: " + layout.note());
    f.put("users", users);
    f.put("think_time_ms", List.of(THINK_MIN_MS, THINK_MAX_MS));
    f.put("steady_seconds", steady);
    f.put("runs", runs);
    f.putAll(SuiteCostFigures.compare(runs, GOAL));
    return f;
  }

  private static Map<String, Object> result(Future<Map<String, Object>> run) throws Exception {
    try {
      return run.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  static final int THINK_MIN_MS = 50;
  static final int THINK_MAX_MS = 150;
  static final int RAMP_UP_SECONDS = 5;

  /** One Gatling JVM: the bare simulation, or the suite's (the warm-up runs the bare one). */
  private Map<String, Object> gatling(String mode, int index, URI target, int users, int steady)
      throws Exception {
    String name = mode + "-" + index;
    Path results = work.resolve(name);
    deleteTree(results);
    Files.createDirectories(results);
    boolean suite = mode.equals(SuiteCostFigures.SUITE);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx1g",
            "-XX:MaxInlineLevel=20",
            "-XX:MaxTrivialSize=12",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED"));
    // -Dbench.gatling-jvm="...": more options for these Gatling JVMs, as for the other parts'
    command.addAll(BenchParts.jvmOptions("bench.gatling-jvm"));
    if (jfr) {
      command.add(
          "-XX:StartFlightRecording=settings=profile,filename="
              + results.resolve(JfrProfile.RECORDING));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    command.addAll(
        List.of(
            "-Dnwtn.target.url=" + target,
            "-Dnwtn.target.embedded=never",
            "-Dnwtn.load.users=" + users,
            "-Dnwtn.load.ramp-up=" + RAMP_UP_SECONDS + "s",
            "-Dnwtn.load.steady=" + steady + "s",
            "-Dnwtn.load.ramp-down=2s",
            "-Dnwtn.load.think-time.min=" + THINK_MIN_MS + "ms",
            "-Dnwtn.load.think-time.max=" + THINK_MAX_MS + "ms",
            "-Dnwtn.monitoring.port=0",
            "-Dnwtn.report.output-dir=" + results.resolve("nwtn"),
            "-Dnwtn.report.gatling-results=" + results,
            "io.gatling.app.Gatling",
            "-s",
            (suite ? SuiteCostSimulation.class : BareSessionsSimulation.class).getName(),
            "-rf",
            results.toString(),
            "-nr"));
    System.out.printf("gatling %s: %d users, %d s steady%n", name, users, steady);
    ProcessWatch.Usage usage =
        ProcessWatch.run(onGeneratorCpu(command), results.resolve("gatling.out"), steady + 180L);
    List<String> output = Files.readAllLines(results.resolve("gatling.out"));
    SteadyCpu.Window window = SteadyCpu.Window.parse(output, SuiteCostSimulation.STEADY);
    Map<String, long[]> threads = SteadyCpu.threads(output, SuiteCostSimulation.STEADY);
    Path folder =
        ReportMain.newestRun(results)
            .orElseThrow(() -> new IllegalStateException("no simulation.log under " + results));
    WindowCount count = WindowCount.of(folder.resolve("simulation.log"), window);
    // both simulations' requests all pass on a healthy target: failures mean a broken run
    if (usage.exitCode() != 0 || count.requests == 0 || count.failed * 100 > count.requests) {
      throw new IllegalStateException(
          String.format(
              "run %s: exit code %d, %d requests in the steady part, %d failed; see %s",
              name,
              usage.exitCode(),
              count.requests,
              count.failed,
              results.resolve("gatling.out")));
    }
    Map<String, Object> f = BenchParts.figures();
    f.put("mode", mode);
    f.put("exit_code", usage.exitCode());
    f.put("cpu_seconds", BenchParts.round(usage.cpuSeconds(), 2));
    f.put("steady_cpu_seconds", BenchParts.round(window.cpuSeconds(), 3));
    f.put("steady_requests", count.requests);
    f.put("steady_failed", count.failed);
    double seconds = (window.toEpochMs() - window.fromEpochMs()) / 1000.0;
    f.put("steady_requests_per_second", BenchParts.round(count.requests / seconds, 1));
    f.put("cores_busy", BenchParts.round(window.cpuSeconds() / seconds, 3));
    f.put("cpu_us_per_request", BenchParts.round(window.cpuSeconds() * 1e6 / count.requests, 1));
    // the JIT compilers still at work this late are start-up too: shown, not subtracted
    f.put("steady_jit_seconds", BenchParts.round(window.jitMs() / 1000.0, 3));
    f.put(
        "cpu_us_per_request_without_jit",
        BenchParts.round(
            (window.cpuSeconds() - window.jitMs() / 1000.0) * 1e6 / count.requests, 1));
    if (!threads.isEmpty()) {
      f.put("cpu_us_per_request_by_thread", SuiteCostFigures.perRequest(threads, count.requests));
    }
    return f;
  }

  /** The requests of a log that ended within the steady window, and how many of them failed. */
  static final class WindowCount implements LogVisitor {
    private final SteadyCpu.Window window;
    long requests;
    long failed;

    private WindowCount(SteadyCpu.Window window) {
      this.window = window;
    }

    static WindowCount of(Path log, SteadyCpu.Window window) throws Exception {
      WindowCount count = new WindowCount(window);
      SimulationLogReader.read(log, count);
      return count;
    }

    @Override
    public void request(LogRecord.Request r) {
      if (r.endEpochMs() >= window.fromEpochMs() && r.endEpochMs() < window.toEpochMs()) {
        requests++;
        if (!r.ok()) {
          failed++;
        }
      }
    }
  }

  /**
   * {@code command} on the generator's CPU through {@code taskset} when the layout is pinned,
   * without a bearer token from the environment (both modes send the same requests, with no token).
   */
  private List<String> onGeneratorCpu(List<String> command) {
    List<String> full =
        new ArrayList<>(List.of("env", "-u", "NWTN_API_TOKEN", "-u", "NWTN_REFERENCE_TOKEN"));
    if (layout.pinned()) {
      full.addAll(List.of("taskset", "-c", Layout.GENERATOR_CPU));
    }
    full.addAll(command);
    return full;
  }

  /** A previous run's folder, so that nothing of it is read for this one. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

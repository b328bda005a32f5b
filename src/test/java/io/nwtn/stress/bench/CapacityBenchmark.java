package io.nwtn.stress.bench;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.report.ReportMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Load-generator capacity: how many think-time users (2-10 s) and how many requests per second one
 * Gatling JVM drives against a trivial endpoint (the reference orchestrator's {@code GET /health},
 * served from this JVM), with its latency overhead (P99 of the trivial request) against the 5 ms
 * goal, its CPU and resident memory; and {@code wrk} on the same endpoint with as many connections
 * in the same run, as the reference for the request rate.
 *
 * <p>Usage: {@code CapacityBenchmark <out.json> <quick: 0|1>}.
 */
public final class CapacityBenchmark {

  private static final double OVERHEAD_GOAL_MS = 5.0;
  private static final Duration THINK_MIN = Duration.ofSeconds(2);
  private static final Duration THINK_MAX = Duration.ofSeconds(10);

  private final Path work;
  private final boolean quick;

  private CapacityBenchmark(Path work, boolean quick) {
    this.work = work;
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CapacityBenchmark <out.json> <quick: 0|1>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    CapacityBenchmark bench =
        new CapacityBenchmark(
            out.toAbsolutePath().getParent().getParent().resolve("capacity"), "1".equals(args[1]));
    try (ReferenceOrchestrator server =
        ReferenceOrchestrator.start(serverSettings(), "127.0.0.1", 0)) {
      Hiccups hiccups = Hiccups.start();
      Map<String, Object> figures = bench.run(server);
      hiccups.close();
      figures.put("platform_hiccups", hiccups.figures());
      BenchParts.write(out, figures);
    }
    System.exit(0);
  }

  private static ReferenceSettings serverSettings() {
    return ReferenceSettings.fromConfig(
        ConfigFactory.parseString("nwtn.reference.auth.token = \"\"")
            .withFallback(ConfigFactory.defaultReference())
            .resolve());
  }

  private Map<String, Object> run(ReferenceOrchestrator server) throws Exception {
    int connections = 50;
    Duration rateHold = Duration.ofSeconds(quick ? 10 : 20);
    Map<String, Object> figures = BenchParts.figures();
    figures.put("endpoint", "GET " + CapacityRun.PATH + " of the reference orchestrator");
    figures.put("connections", connections);
    Map<String, Object> wrk =
        Wrk.run(server.baseUri() + CapacityRun.PATH, connections, rateHold, work);
    figures.put("wrk", wrk);
    CapacityRun rate =
        new CapacityRun(
            server.baseUri(),
            false,
            connections,
            Duration.ofSeconds(1),
            rateHold,
            THINK_MIN,
            THINK_MAX);
    Map<String, Object> gatlingRate = gatling(rate, "rate");
    figures.put("gatling_rate", gatlingRate);
    if (wrk.get("requests_per_second") instanceof Double wrkRps) {
      figures.put(
          "gatling_rps_to_wrk_rps",
          BenchParts.round((Double) gatlingRate.get("requests_per_second") / wrkRps, 3));
    }
    figures.put("think_time_users", thinkLevels(server));
    return figures;
  }

  /** The think-time ladder; the largest level whose P99 stays within the goal is the capacity. */
  private Map<String, Object> thinkLevels(ReferenceOrchestrator server) throws Exception {
    int[] levels = quick ? new int[] {500, 2_000} : new int[] {1_000, 4_000, 8_000};
    Duration ramp = Duration.ofSeconds(quick ? 5 : 10);
    Duration hold = Duration.ofSeconds(quick ? 20 : 30);
    List<Map<String, Object>> rows = new ArrayList<>();
    int largestWithinGoal = 0;
    for (int users : levels) {
      CapacityRun run =
          new CapacityRun(server.baseUri(), true, users, ramp, hold, THINK_MIN, THINK_MAX);
      Map<String, Object> row = gatling(run, "users-" + users);
      row.put("users", users);
      rows.add(row);
      if ((Double) row.get("steady_p99_ms") <= OVERHEAD_GOAL_MS) {
        largestWithinGoal = users;
      }
    }
    Map<String, Object> figures = BenchParts.figures();
    figures.put("levels", rows);
    figures.put("largest_level_within_5ms_p99", largestWithinGoal);
    figures.put("levels_tried_up_to", levels[levels.length - 1]);
    figures.put("memory_per_user_bytes", memoryPerUser(rows));
    return figures;
  }

  /** Resident memory growth per user between the smallest and the largest level. */
  private static long memoryPerUser(List<Map<String, Object>> rows) {
    Map<String, Object> low = rows.get(0);
    Map<String, Object> high = rows.get(rows.size() - 1);
    long rss = (Long) high.get("peak_rss_bytes") - (Long) low.get("peak_rss_bytes");
    return rss / ((Integer) high.get("users") - (Integer) low.get("users"));
  }

  /** One Gatling JVM running {@link CapacitySimulation}; figures from its simulation.log. */
  private Map<String, Object> gatling(CapacityRun run, String name) throws Exception {
    Path results = work.resolve(name);
    Files.createDirectories(results);
    List<String> command = gatlingCommand(run, results);
    long limit = run.scheduled().toSeconds() + 120;
    System.out.printf("gatling %s: %d users, %s%n", name, run.users(), run.scheduled());
    ProcessWatch.Usage usage = ProcessWatch.run(command, results.resolve("gatling.out"), limit);
    Path folder =
        ReportMain.newestRun(results)
            .orElseThrow(() -> new IllegalStateException("no simulation.log under " + results));
    LogFigures log = LogFigures.of(folder.resolve("simulation.log"), run.rampUp());
    Map<String, Object> figures = BenchParts.figures();
    figures.put("exit_code", usage.exitCode());
    figures.put("requests", log.requests());
    figures.put("failed", log.failed);
    figures.put("requests_per_second", BenchParts.round(log.requestsPerSecond(), 1));
    figures.put("p50_ms", (double) log.responseMs.getValueAtPercentile(50));
    figures.put("p99_ms", (double) log.responseMs.getValueAtPercentile(99));
    figures.put("max_ms", (double) log.responseMs.getMaxValue());
    figures.put("steady_requests", log.steadyMs.getTotalCount());
    figures.put("steady_p50_ms", (double) log.steadyMs.getValueAtPercentile(50));
    figures.put("steady_p99_ms", (double) log.steadyMs.getValueAtPercentile(99));
    figures.put("cpu_seconds", BenchParts.round(usage.cpuSeconds(), 2));
    figures.put("cores_busy", BenchParts.round(usage.cores(), 2));
    figures.put("peak_rss_bytes", usage.peakRssBytes());
    figures.put("wall_seconds", BenchParts.round(usage.wallSeconds(), 2));
    figures.put(
        "requests_per_cpu_second", BenchParts.round(log.requests() / usage.cpuSeconds(), 1));
    return figures;
  }

  /** A JVM like the one the Gatling plugin forks, on this JVM's class path, without HTML report. */
  private static List<String> gatlingCommand(CapacityRun run, Path results) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(run.properties());
    command.addAll(
        List.of(
            "io.gatling.app.Gatling",
            "-s",
            CapacitySimulation.class.getName(),
            "-rf",
            results.toString(),
            "-nr"));
    return command;
  }
}

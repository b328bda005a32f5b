package io.nwtn.stress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.launch.ExitPath;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.report.ReportMain;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Fidelity: the suite's own stress simulation runs through Gatling (in this JVM) against the
 * reference orchestrator in a JVM of its own ({@link TargetProcess}; on CPU 1 with Gatling on CPU 0
 * when the {@link Layout} is pinned), whose pipeline times come from the known log-normal profiles
 * of {@code reference.conf}. The load is the extended profile's peak: 2,000 users thinking 2-10 s.
 * The server-side truth is the pipeline time the server says it waited before each answer ({@code
 * metadata.simulated_ms}, read from the answers), collected in an HdrHistogram; the suite's figures
 * are the P50/P95/P99 of the NWTN report the post-processor writes for the same run. Goal: within 1
 * % + 2 ms at P95.
 *
 * <p>Usage: {@code FidelityBenchmark <out.json> <users> <ramp-seconds> <steady-seconds>}.
 */
public final class FidelityBenchmark {

  private static final double[] PERCENTILES = {50, 95, 99};
  private static final double GOAL_SHARE = 0.01;
  private static final double GOAL_MS = 2.0;
  private static final String THINK_MIN = "2s";
  private static final String THINK_MAX = "10s";

  /** The reference's own pipeline profiles; no token and no breaker, so every answer is a 200. */
  private static final Map<String, String> SERVER_SETTINGS =
      Map.of("nwtn.reference.breaker.enabled", "false");

  private FidelityBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println(
          "usage: FidelityBenchmark <out.json> <users> <ramp-seconds> <steady-seconds>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Path work = out.toAbsolutePath().getParent().getParent().resolve("fidelity");
    Layout layout = Layout.fromSystem();
    System.out.println("layout " + layout.note());
    Truth truth = new Truth();
    Hiccups hiccups = Hiccups.start();
    int gatlingStatus;
    try (TargetProcess server =
        TargetProcess.start(
            layout, SERVER_SETTINGS, work.resolve("target.log"), Duration.ofMinutes(15))) {
      gatlingStatus =
          runSuite(server, suiteProperties(args[1], args[2], args[3], work), work, truth);
    }
    hiccups.close();
    Path run =
        ReportMain.newestRun(work.resolve("gatling"))
            .orElseThrow(
                () -> new IllegalStateException("Gatling wrote no simulation.log under " + work));
    int reportStatus = ReportMain.run(new String[] {run.toString()}, System.out, System.err);
    JsonNode report =
        BenchParts.JSON.readTree(
            work.resolve("nwtn").resolve("latest").resolve(ReportFiles.RESULTS).toFile());
    Map<String, Object> figures = BenchParts.figures();
    figures.put("layout", layout.figures());
    figures.put("users", Integer.parseInt(args[1]));
    figures.put("think_time", THINK_MIN + "-" + THINK_MAX);
    figures.put("ramp_seconds", Integer.parseInt(args[2]));
    figures.put("steady_seconds", Integer.parseInt(args[3]));
    figures.put("gatling_status", gatlingStatus);
    figures.put("report_status", reportStatus);
    figures.put("answers_seen_by_simulation", truth.answers.get());
    figures.put("failed_requests_seen_by_simulation", truth.failures.get());
    figures.put("report_total_requests", report.path("total_requests").asLong());
    List<Map<String, Object>> rows = compare(truth.histogramUs, report);
    figures.put("p95_within_goal", rows.get(1).get("within_goal"));
    System.out.printf(
        Locale.ROOT,
        "fidelity (%s): P95 reported %s ms, server truth %s ms, allowed difference %s ms (1 %% + 2"
            + " ms): %s%n",
        layout.name(),
        rows.get(1).get("suite_reported_ms"),
        rows.get(1).get("server_truth_ms"),
        rows.get(1).get("allowed_ms"),
        Boolean.TRUE.equals(rows.get(1).get("within_goal")) ? "met" : "not met");
    figures.put("percentiles", rows);
    figures.put("platform_hiccups", hiccups.figures());
    BenchParts.write(out, figures);
    System.exit(0);
  }

  /** The pipeline time of every valid answer, as the server reported it, in microseconds. */
  private record Truth(Histogram histogramUs, AtomicLong answers, AtomicLong failures) {
    Truth() {
      this(new ConcurrentHistogram(3_600_000_000L, 3), new AtomicLong(), new AtomicLong());
    }

    void accept(SessionSample sample) {
      if (!sample.ok()
          || !(sample.response().metadata().get("simulated_ms") instanceof Number ms)) {
        failures.incrementAndGet();
        return;
      }
      answers.incrementAndGet();
      histogramUs.recordValue(Math.round(ms.doubleValue() * 1000));
    }
  }

  /** Gatling runs the suite's simulation in this JVM against the target's process. */
  private static int runSuite(
      TargetProcess server, Map<String, String> props, Path work, Truth truth) {
    try {
      System.setProperty("url", server.baseUri().toString());
      props.forEach(System::setProperty);
      ConfigFactory.invalidateCaches();
      Recording.install(truth::accept);
      return ExitPath.runInThisJvm(
          new String[] {
            "-s", "simulations.NwtnStressSimulation", "-rf", work.resolve("gatling").toString()
          });
    } finally {
      Recording.install(null);
    }
  }

  /** The suite's settings for this run: a closed workload thinking 2-10 s, report beside. */
  private static Map<String, String> suiteProperties(
      String users, String ramp, String steady, Path work) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("profile", "smoke");
    props.put("nwtn.target.embedded", "never");
    props.put("nwtn.load.users", users);
    props.put("nwtn.load.ramp-up", ramp + "s");
    props.put("nwtn.load.steady", steady + "s");
    props.put("nwtn.load.ramp-down", "5s");
    props.put("nwtn.load.think-time.min", THINK_MIN);
    props.put("nwtn.load.think-time.max", THINK_MAX);
    props.put("nwtn.report.output-dir", work.resolve("nwtn").toString());
    props.put("nwtn.report.gatling-results", work.resolve("gatling").toString());
    return props;
  }

  /** Per percentile: the truth, the report's figure, their difference, and whether within goal. */
  private static List<Map<String, Object>> compare(Histogram truthUs, JsonNode report) {
    return java.util.Arrays.stream(PERCENTILES)
        .mapToObj(
            p -> {
              double truthMs = truthUs.getValueAtPercentile(p) / 1000.0;
              double reportedMs = report.path(key(p)).asDouble(Double.NaN);
              double allowedMs = GOAL_SHARE * truthMs + GOAL_MS;
              Map<String, Object> row = BenchParts.figures();
              row.put("percentile", p);
              row.put("server_truth_ms", BenchParts.round(truthMs, 3));
              row.put("suite_reported_ms", reportedMs);
              row.put("difference_ms", BenchParts.round(reportedMs - truthMs, 3));
              row.put("ratio", BenchParts.round(reportedMs / truthMs, 4));
              row.put("allowed_ms", BenchParts.round(allowedMs, 3));
              row.put("within_goal", Math.abs(reportedMs - truthMs) <= allowedMs);
              return row;
            })
        .toList();
  }

  private static String key(double percentile) {
    return "p" + (int) percentile + "_latency_ms";
  }
}

package io.nwtn.stress.testing;

import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.analysis.FaultFindings;
import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.RunLog;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.report.ReportOutput;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.verdict.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * A run made of seeded random requests, fed through the real report model ({@link LogAnalysis},
 * {@link RunReport}, {@link ReportFiles}) so tests get genuine report files with histograms.
 *
 * @param latencyFactor multiplies every response time (1.3 is a 30 % slowdown)
 * @param failureRate share of requests answered with a 503
 * @param targetKind what the run's sidecar says it ran against
 */
public record SyntheticRun(
    String name,
    long seed,
    int requests,
    int users,
    double latencyFactor,
    double failureRate,
    TargetKind targetKind) {

  private static final long START = 1_790_000_000_000L;
  private static final int SECONDS = 60;

  public static SyntheticRun healthy(String name, long seed) {
    return new SyntheticRun(name, seed, 4000, 120, 1.0, 0.002, TargetKind.EXTERNAL);
  }

  public SyntheticRun slowedBy(double factor) {
    return new SyntheticRun(name, seed, requests, users, factor, failureRate, targetKind);
  }

  public SyntheticRun failing(double rate) {
    return new SyntheticRun(name, seed, requests, users, latencyFactor, rate, targetKind);
  }

  /** The same run, recorded against the given kind of target. */
  public SyntheticRun against(TargetKind kind) {
    return new SyntheticRun(name, seed, requests, users, latencyFactor, failureRate, kind);
  }

  /** Writes the run's reports under {@code outputDir/<name>/} and returns that folder. */
  public Path write(Path outputDir) throws IOException {
    RunReport report = report();
    ReportOutput.write(report, outputDir, Path.of("target/gatling"));
    return outputDir.resolve(name);
  }

  public RunReport report() {
    Limits limits =
        new Limits(
            2000,
            1000,
            0.95,
            users,
            10_000,
            40_000,
            10_000,
            Limits.contractTargets(),
            Limits.PIPELINE_INTEGRITY);
    LogAnalysis analysis = new LogAnalysis(limits.rampUpMs());
    RunLog log = RunLog.of(analysis);
    log.header(
        new LogHeader("3.15.1", "simulations.NwtnStressSimulation", START, "", List.of("nwtn"), 0));
    Random random = new Random(seed);
    Map<QueryClass, Histogram> classes = new EnumMap<>(QueryClass.class);
    Map<QueryClass, long[]> classCounts = new EnumMap<>(QueryClass.class);
    Map<Agent, Histogram> agents = new EnumMap<>(Agent.class);
    long failed = 0;
    for (int u = 0; u < users; u++) {
      log.user(new LogRecord.User("nwtn", true, START + u * 10_000L / users));
    }
    for (int i = 0; i < requests; i++) {
      QueryClass qc =
          i % 5 < 2 ? QueryClass.SIMPLE : i % 5 < 4 ? QueryClass.MEDIUM : QueryClass.COMPLEX;
      long base = qc == QueryClass.SIMPLE ? 120 : qc == QueryClass.MEDIUM ? 300 : 600;
      long ms =
          Math.max(1, Math.round(base * Math.exp(random.nextGaussian() * 0.3) * latencyFactor));
      long start = START + (long) i * SECONDS * 1000 / requests;
      boolean ok = random.nextDouble() >= failureRate;
      log.request(
          new LogRecord.Request(
              List.of(),
              "session " + qc.wireName(),
              start,
              start + ms,
              ok,
              ok ? null : "status.find.in(200), but actually found 503"));
      classes.computeIfAbsent(qc, k -> HistogramCodec.newMillis()).recordValue(ms);
      long[] c = classCounts.computeIfAbsent(qc, k -> new long[3]);
      c[0]++;
      c[ok ? 1 : 2]++;
      failed += ok ? 0 : 1;
      if (ok) {
        for (Agent a : qc.expectedAgents()) {
          agents
              .computeIfAbsent(a, k -> new Histogram(1, 3_600_000_000L, 3))
              .recordValue(ms * 1000 / qc.expectedAgents().size());
        }
      }
    }
    for (int u = 0; u < users; u++) {
      log.user(
          new LogRecord.User("nwtn", false, START + SECONDS * 1000L - 5_000 + u * 5_000L / users));
    }
    Sidecar sidecar = sidecar(limits, classes, classCounts, agents, failed);
    ReportSettings settings =
        new ReportSettings(
            Path.of("target/nwtn"),
            Path.of("target/gatling"),
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            false);
    return RunReport.of(name, analysis, sidecar, limits, settings, findings(log, limits));
  }

  /** Every successful answer's trace shows the whole pipeline working. */
  private static Sidecar.PipelineRecord pipeline(Map<QueryClass, long[]> counts) {
    Map<String, Sidecar.PipelineRecord> byClass = new LinkedHashMap<>();
    counts.forEach(
        (qc, c) ->
            byClass.put(
                qc.wireName(),
                new Sidecar.PipelineRecord(
                    c[1], Map.of(), Map.of(), Map.of(), 0, 0, 0, c[1], null)));
    Sidecar.PipelineRecord all =
        byClass.values().stream().reduce(Sidecar.PipelineRecord::plus).orElseThrow();
    return all.withClasses(byClass);
  }

  private Sidecar sidecar(
      Limits limits,
      Map<QueryClass, Histogram> classes,
      Map<QueryClass, long[]> counts,
      Map<Agent, Histogram> agents,
      long failed) {
    Map<String, Sidecar.ClassRecord> cr = new LinkedHashMap<>();
    classes.forEach(
        (qc, h) -> {
          long[] c = counts.get(qc);
          long over = h.getCountBetweenValues(qc.targetTime().toMillis() + 1, Long.MAX_VALUE / 4);
          cr.put(
              qc.wireName(),
              new Sidecar.ClassRecord(c[0], c[1], c[2], over, HistogramCodec.encode(h)));
        });
    Map<String, String> at = new LinkedHashMap<>();
    agents.forEach((a, h) -> at.put(a.wireName(), HistogramCodec.encode(h)));
    Map<String, Sidecar.FailureRecord> failures = new LinkedHashMap<>();
    if (failed > 0) {
      failures.put(
          "http_503_overloaded",
          new Sidecar.FailureRecord(
              failed, START + 1000, START + 59_000, "{\"error\":\"overloaded\"}"));
    }
    long ok = requests - failed;
    Sidecar.FtnsRecord ftns =
        new Sidecar.FtnsRecord(ok, ok * 100, ok * 60, ok * 0.6, 0, 0, ok, 10_000, 10_000);
    Sidecar.HealthSnapshot before = new Sidecar.HealthSnapshot(START, true, "closed", 0L, Map.of());
    Sidecar.HealthSnapshot after =
        new Sidecar.HealthSnapshot(START + 60_000, true, "closed", 0L, Map.of());
    return new Sidecar(
        Sidecar.VERSION,
        START,
        START + SECONDS * 1000L,
        limits,
        Map.of(
            "profile",
            "synthetic",
            "target_url",
            "http://127.0.0.1:8000",
            "users",
            users,
            "request_timeout_seconds",
            60.0),
        targetKind,
        cr,
        at,
        Map.of(),
        failures,
        pipeline(counts),
        ftns,
        before,
        after,
        resources(),
        null,
        targetMetrics(),
        null);
  }

  /** The target's own metrics every second: a JVM near a third of a core, its heap growing. */
  private static Sidecar.TargetMetricsRecord targetMetrics() {
    List<Sidecar.TargetSample> samples = new ArrayList<>();
    for (int s = 0; s < SECONDS; s++) {
      samples.add(
          new Sidecar.TargetSample(
              START + s * 1000L + 200,
              10.0 + 0.3 * s,
              (300L + s) << 20,
              120L + s % 7,
              (100L + s) << 20,
              1L << 30,
              (long) s / 4));
    }
    return new Sidecar.TargetMetricsRecord(
        "http://127.0.0.1:8000/metrics", null, "jvm 17.0.12+7", 0, samples);
  }

  /** One resource sample every 10 s of the load generator and the target. */
  private static List<Sidecar.ResourceSample> resources() {
    List<Sidecar.ResourceSample> samples = new ArrayList<>();
    for (int s = 0; s < SECONDS; s += 10) {
      long used = (4L + s / 20) << 30;
      samples.add(
          new Sidecar.ResourceSample(
              START + s * 1000L + 500,
              0.2 + s / 200.0,
              used,
              16L << 30,
              1_000L * s,
              800L * s,
              41.5,
              Map.of("process_cpu_load", 0.3, "heap_used_bytes", 1L << 28)));
    }
    return samples;
  }

  /** The fault sections of a complete run, read from the same records as the report. */
  private static FaultFindings findings(RunLog log, Limits limits) {
    return FaultFindings.of(log, null, limits.successRate(), new Completeness(List.of()));
  }
}

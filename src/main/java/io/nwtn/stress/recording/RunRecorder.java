package io.nwtn.stress.recording;

import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.TargetMetricsSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stress run records while it runs, beside Gatling's {@code simulation.log}: every answer
 * through the {@link SampleRecorder} installed as the run's {@link Recording} sink, the target's
 * {@code /health} before and after, the resources and the target's own metrics sampled once a
 * second. {@link #stop} yields the {@link Sidecar}. A sink given to {@link #start(SuiteSettings,
 * ReportSettings, SampleSink)} (the live metrics) receives everything the recorder does, and may
 * read the run so far here.
 */
public final class RunRecorder {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  private final Limits limits;
  private final Map<String, Object> testConfig;
  private final TargetKind targetKind;
  private final SampleRecorder recorder = new SampleRecorder();
  private final SampleSink previous = Recording.sink();
  private final HealthProbe probe;
  private final ResourceMonitor monitor;
  private final Sidecar.HealthSnapshot healthBefore;
  private final TargetMetricsSettings targetMetrics;
  private final TargetMetricsProbe.Opening targetMetricsOpening;
  private final long startEpochMs;
  private final GatlingFailureLog failureLog;
  private Sidecar sidecar;

  private RunRecorder(SuiteSettings suite, ReportSettings settings, TargetKind targetKind) {
    this.limits = Limits.of(suite);
    this.testConfig = testConfig(suite);
    this.targetKind = targetKind;
    this.probe = new HealthProbe(suite.target().url(), HEALTH_TIMEOUT);
    this.healthBefore = probe.sample();
    this.targetMetrics = TargetMetricsSettings.fromConfig(suite.config(), suite.target());
    this.targetMetricsOpening =
        TargetMetricsProbe.open(targetMetrics, suite.target().token(), HEALTH_TIMEOUT);
    this.startEpochMs = System.currentTimeMillis();
    // Gatling writes simulation.log under the results folder all through the run
    this.monitor =
        new ResourceMonitor(
            probe,
            targetMetricsOpening.probe(),
            settings.sampleInterval(),
            settings.gatlingResults());
    this.failureLog = GatlingFailureLog.install().orElse(null);
  }

  /**
   * Starts recording a run against {@code suite}'s target.
   *
   * @param targetKind the reference orchestrator this JVM started, the one found answering, or
   *     another orchestrator
   */
  public static RunRecorder start(
      SuiteSettings suite, ReportSettings settings, TargetKind targetKind) {
    return start(suite, settings, targetKind, SampleSink.NONE);
  }

  /** Starts recording a run, with {@code beside} receiving every sample after the recorder. */
  public static RunRecorder start(
      SuiteSettings suite, ReportSettings settings, TargetKind targetKind, SampleSink beside) {
    RunRecorder run = new RunRecorder(suite, settings, targetKind);
    Recording.resetStop();
    Recording.failureLog(run.failureLog);
    // a sink installed before (e.g. by a test) keeps receiving every sample
    Recording.install(SampleSink.both(SampleSink.both(run.recorder, beside), run.previous));
    return run;
  }

  /** The target's {@code /health} when the run started. */
  public Sidecar.HealthSnapshot healthBefore() {
    return healthBefore;
  }

  /** The target's {@code /health} at the latest resource sample (once a second by default). */
  public java.util.Optional<Sidecar.HealthSnapshot> latestHealth() {
    return monitor.latestHealth();
  }

  /**
   * The one line that says whether the target's own metrics are read, and where: said once, before
   * the load.
   */
  public String targetMetricsLine() {
    return targetMetricsOpening.line();
  }

  /** The target's memory limit of the settings, in bytes; 0 when unknown. */
  public long targetMemoryLimitBytes() {
    return targetMetrics.memoryLimitBytes();
  }

  /** The load generator's resources at the latest sample (once a second by default). */
  public java.util.Optional<Sidecar.ResourceSample> latestResources() {
    return monitor.latest();
  }

  /** The pipeline integrity of the traces so far, or {@code null} before the first. */
  public Double pipelineIntegritySoFar() {
    return recorder.pipelineIntegritySoFar();
  }

  /** The thresholds and phases the run is judged by. */
  public Limits limits() {
    return limits;
  }

  /**
   * Stops recording: restores the sink there was before, stops the samples, reads {@code /health} a
   * last time (so call it before an embedded target stops) and returns the sidecar. Later calls
   * return the same sidecar.
   */
  public synchronized Sidecar stop() {
    if (sidecar == null) {
      long endEpochMs = System.currentTimeMillis();
      Recording.install(previous);
      Recording.failureLog(null);
      if (failureLog != null) {
        failureLog.uninstall();
      }
      monitor.close();
      Sidecar.HealthSnapshot healthAfter = probe.sample();
      sidecar =
          recorder.snapshot(
              startEpochMs,
              endEpochMs,
              limits,
              testConfig,
              targetKind,
              healthBefore,
              healthAfter,
              monitor.samples(),
              Recording.earlyStop().orElse(null),
              new Sidecar.TargetMetricsRecord(
                  targetMetricsOpening.probe() == null ? "none" : targetMetrics.source(),
                  targetMetricsOpening.detail(),
                  targetMetricsOpening.runtime(),
                  targetMetrics.memoryLimitBytes(),
                  monitor.targetSamples()));
    }
    return sidecar;
  }

  private static Map<String, Object> testConfig(SuiteSettings suite) {
    LoadSettings load = suite.workload();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("profile", load.profile());
    c.put("target_url", withoutUserInfo(suite.target().url()));
    c.put("users", load.users());
    c.put("ramp_up_seconds", load.rampUp().toMillis() / 1000.0);
    c.put("steady_seconds", load.steady().toMillis() / 1000.0);
    c.put("ramp_down_seconds", load.rampDown().toMillis() / 1000.0);
    c.put("think_time_min_seconds", load.thinkTimeMin().toMillis() / 1000.0);
    c.put("think_time_max_seconds", load.thinkTimeMax().toMillis() / 1000.0);
    c.put("model", load.model().toString());
    c.put("request_timeout_seconds", suite.target().requestTimeout().toMillis() / 1000.0);
    Map<String, Integer> weights = new LinkedHashMap<>();
    load.weights().forEach((k, v) -> weights.put(k.wireName(), v));
    c.put("class_weights", weights);
    return c;
  }

  /** A URL may carry credentials; reports never do. */
  static String withoutUserInfo(URI url) {
    try {
      return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return url.getScheme() + "://" + url.getHost();
    }
  }
}

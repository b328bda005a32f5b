package io.nwtn.stress.monitoring;

import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.recording.RunRecorder;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.verdict.Compliance;
import io.nwtn.stress.verdict.RunMetrics;
import java.util.Optional;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * The monitor's view of a run, advanced once a second on the monitor's own thread: the response
 * times of the run and of the current progress window (exact HdrHistograms added from the sink's
 * interval histograms, never percentiles averaged), the verdict so far, the gauges, the abort rules
 * and, at the end of each window, the progress line.
 */
final class LiveRun {

  private final LiveSink sink;
  private final LiveMetrics metrics;
  private final Limits limits;
  private final AbortRule abort;
  private final RunRecorder recorder;
  private final int users;
  private final String profile;
  private final long windowMs;
  private final Consumer<String> out;
  private final Histogram run = new Histogram(HistogramCodec.HIGHEST_MS, 3);
  private final Histogram window = new Histogram(HistogramCodec.HIGHEST_MS, 3);
  private long windowStartMs;
  private long windowStartTotal;
  private long windowStartOk;
  private Compliance verdict;

  LiveRun(
      LiveSink sink,
      LiveMetrics metrics,
      Limits limits,
      AbortRule abort,
      RunRecorder recorder,
      RunShape shape,
      Consumer<String> out) {
    this.sink = sink;
    this.metrics = metrics;
    this.limits = limits;
    this.abort = abort;
    this.recorder = recorder;
    this.users = shape.users();
    this.profile = shape.profile();
    this.windowMs = shape.progressInterval().toMillis();
    this.out = out;
    this.windowStartMs = System.currentTimeMillis();
    metrics.runInfo.setLabelValues("starting", profile);
    metrics.targetMemoryLimit.set(recorder.targetMemoryLimitBytes());
  }

  /** Users and profile of the load generator, and how often the progress line is printed. */
  record RunShape(int users, String profile, java.time.Duration progressInterval) {}

  /** One second of the run: figures, gauges, abort rules; the stop found, if any. */
  Optional<Sidecar.EarlyStop> tick(long nowMs) {
    LiveSink.Reading r = sink.read(nowMs);
    run.add(r.latencyMs());
    window.add(r.latencyMs());
    sink.recycle(r.latencyMs());
    Sidecar.HealthSnapshot health = recorder.latestHealth().orElse(null);
    RunMetrics so = metrics(r, health);
    verdict = Compliance.evaluate(so, limits);
    boolean started = r.firstUserMs() != Long.MAX_VALUE;
    long elapsed = started ? nowMs - r.firstUserMs() : 0;
    updateGauges(so, health, elapsed, started);
    double windowSeconds = (nowMs - windowStartMs) / 1000.0;
    long windowRequests = r.total() - windowStartTotal;
    double rate = windowSeconds <= 0 ? 0 : windowRequests / windowSeconds;
    Optional<Sidecar.EarlyStop> stop =
        abort
            .breaker(so.breakerActivations(), nowMs)
            .or(() -> abort.successRate(r.total(), r.total() - r.ok(), elapsed, rate, nowMs));
    if (started && nowMs - windowStartMs >= windowMs - 500) {
      Optional<Sidecar.EarlyStop> p95 = closeWindow(r, health, elapsed, nowMs);
      stop = stop.or(() -> p95);
    }
    return stop;
  }

  /** The end of a progress window: its line, its P95 for the abort rule, a new window. */
  private Optional<Sidecar.EarlyStop> closeWindow(
      LiveSink.Reading r, Sidecar.HealthSnapshot health, long elapsed, long nowMs) {
    long windowRequests = r.total() - windowStartTotal;
    double windowSeconds = (nowMs - windowStartMs) / 1000.0;
    out.accept(line(r, health, elapsed, windowRequests, windowSeconds).render());
    Optional<Sidecar.EarlyStop> p95 =
        abort.p95Window(windowRequests, percentile(window, 95), elapsed, nowMs);
    window.reset();
    windowStartMs = nowMs;
    windowStartTotal = r.total();
    windowStartOk = r.ok();
    return p95;
  }

  /** The verdict of the run so far, once the first second has been seen. */
  Optional<Compliance> verdict() {
    return Optional.ofNullable(verdict);
  }

  /** The run has ended: the phase says so and no user is left running. */
  void ended() {
    metrics.runInfo.setLabelValues("ended", profile);
    sink.ended();
  }

  private RunMetrics metrics(LiveSink.Reading r, Sidecar.HealthSnapshot health) {
    boolean any = run.getTotalCount() > 0;
    return new RunMetrics(
        r.firstUserMs() == Long.MAX_VALUE ? r.epochMs() : r.firstUserMs(),
        r.epochMs(),
        r.total(),
        r.ok(),
        r.total() - r.ok(),
        any ? run.getMean() : 0,
        percentile(run, 50),
        percentile(run, 95),
        percentile(run, 99),
        any ? run.getMaxValue() : 0,
        r.maxActiveUsers(),
        r.rampUpPeakUsers(),
        r.rampUpTotal(),
        r.rampUpTotal() == 0 ? 1.0 : (double) r.rampUpOk() / r.rampUpTotal(),
        0,
        r.breakerAnswers(),
        healthDelta(health),
        0,
        recorder.pipelineIntegritySoFar());
  }

  private Long healthDelta(Sidecar.HealthSnapshot latest) {
    Sidecar.HealthSnapshot before = recorder.healthBefore();
    if (before == null || latest == null) {
      return null;
    }
    Long from = before.activations();
    Long to = latest.activations();
    return from == null || to == null ? null : Math.max(0, to - from);
  }

  private void updateGauges(
      RunMetrics so, Sidecar.HealthSnapshot health, long elapsedMs, boolean started) {
    metrics.requirements(verdict.checks());
    metrics.breakerActivations.set(so.breakerActivations());
    metrics.breakerState(health == null ? null : health.breakerState());
    metrics.runInfo.setLabelValues(started ? limits.phaseAt(elapsedMs) : "starting", profile);
    recorder.latestResources().ifPresent(r -> metrics.loadGeneratorCpu.set(r.cpuLoad()));
  }

  private ProgressLine line(
      LiveSink.Reading r,
      Sidecar.HealthSnapshot health,
      long elapsed,
      long windowRequests,
      double windowSeconds) {
    long windowFailed = windowRequests - (r.ok() - windowStartOk);
    return new ProgressLine(
        elapsed,
        abort.plannedMs(),
        limits.phaseAt(elapsed),
        r.activeUsers(),
        users,
        windowRequests,
        windowSeconds,
        percentile(window, 95),
        percentile(run, 95),
        limits.p95LatencyMs(),
        windowRequests == 0 ? 0 : (double) windowFailed / windowRequests,
        r.total() == 0 ? 0 : (double) (r.total() - r.ok()) / r.total(),
        health == null ? null : health.breakerState(),
        verdict);
  }

  private static long percentile(Histogram h, double p) {
    return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p);
  }
}

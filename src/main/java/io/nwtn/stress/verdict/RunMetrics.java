package io.nwtn.stress.verdict;

import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.RequestFigures;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;

/**
 * The figures a verdict is reached on. Counts, response times and concurrency come from {@code
 * simulation.log}; circuit-breaker activations from the sidecar's answers and {@code /health}.
 *
 * @param rampUpPeakUsers the most users running by the end of ramp-up (phases start with the first
 *     user; {@link LogAnalysis#RAMP_GRACE_MS} of slack)
 * @param rampUpSuccessRate success rate of the requests started during ramp-up (1 when none)
 * @param breakerAnswers {@code 503 circuit_breaker_open} answers the simulation saw
 * @param breakerHealthDelta growth of {@code circuit_breaker.activations} in {@code /health}, or
 *     {@code null} when the target does not report it
 * @param gatlingP95Ms the P95 Gatling's own report shows (its t-digest), for comparison only
 * @param pipelineIntegrity the share of successful answers whose trace showed the whole pipeline
 *     working, or {@code null} when the run recorded no traces (no sidecar)
 */
public record RunMetrics(
    long startEpochMs,
    long endEpochMs,
    long total,
    long ok,
    long failed,
    double meanMs,
    long p50Ms,
    long p95Ms,
    long p99Ms,
    long maxMs,
    long maxConcurrentUsers,
    long rampUpPeakUsers,
    long rampUpRequests,
    double rampUpSuccessRate,
    long peakRps,
    long breakerAnswers,
    Long breakerHealthDelta,
    long gatlingP95Ms,
    Double pipelineIntegrity) {

  /** The sidecar failure key of a circuit-breaker answer. */
  public static final String BREAKER_KEY = "http_503_circuit_breaker_open";

  /** Computes the figures; {@code sidecar} may be {@code null} when the run recorded none. */
  public static RunMetrics compute(LogAnalysis log, Sidecar sidecar, Limits limits) {
    return compute(log, RequestFigures.of(log, sidecar), sidecar, limits);
  }

  /**
   * Computes the figures with the requests' counts and response times from {@code requests}: the
   * log's, or the sidecar's when the log lost requests of a run stopped early.
   */
  public static RunMetrics compute(
      LogAnalysis log, RequestFigures requests, Sidecar sidecar, Limits limits) {
    long peakRps = 0;
    for (LogAnalysis.Second s : log.seconds().values()) {
      peakRps = Math.max(peakRps, s.completed());
    }
    long rampStarted = log.rampUpRequests();
    long end =
        requests.fromSidecar()
            ? Math.max(log.endEpochMs(), sidecar.endEpochMs())
            : log.endEpochMs();
    return new RunMetrics(
        log.startEpochMs(),
        end,
        requests.total(),
        requests.ok(),
        requests.failed(),
        requests.fromSidecar() ? requests.meanMs() : log.meanMs(),
        requests.percentileMs(50),
        requests.percentileMs(95),
        requests.percentileMs(99),
        requests.fromSidecar() ? requests.maxMs() : log.maxMs(),
        log.maxConcurrentUsers(),
        log.rampUpPeakUsers(),
        rampStarted,
        rampStarted == 0 ? 1.0 : (double) log.rampUpSuccessful() / rampStarted,
        peakRps,
        breakerAnswers(sidecar),
        breakerHealthDelta(sidecar),
        log.gatlingP95Ms(),
        sidecar == null || sidecar.pipeline() == null ? null : sidecar.pipeline().integrity());
  }

  private static long breakerAnswers(Sidecar sidecar) {
    if (sidecar == null || sidecar.failures() == null) {
      return 0;
    }
    Sidecar.FailureRecord r = sidecar.failures().get(BREAKER_KEY);
    return r == null ? 0 : r.count();
  }

  private static Long breakerHealthDelta(Sidecar sidecar) {
    if (sidecar == null || sidecar.healthBefore() == null || sidecar.healthAfter() == null) {
      return null;
    }
    Long before = sidecar.healthBefore().activations();
    Long after = sidecar.healthAfter().activations();
    return before == null || after == null ? null : Math.max(0, after - before);
  }

  /**
   * Breaker activations: the larger of what the answers showed and what {@code /health} counted,
   * since each source can miss what the other sees.
   */
  public long breakerActivations() {
    return Math.max(breakerAnswers, breakerHealthDelta == null ? 0 : breakerHealthDelta);
  }

  public double successRate() {
    return total == 0 ? 0 : (double) ok / total;
  }

  public double durationSeconds() {
    return Math.max(0, endEpochMs - startEpochMs) / 1000.0;
  }

  /** Requests per second over the whole run. */
  public double avgRps() {
    double d = durationSeconds();
    return d <= 0 ? total : total / d;
  }
}

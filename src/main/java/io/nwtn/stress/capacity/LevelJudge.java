package io.nwtn.stress.capacity;

import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.verdict.ComplianceCheck;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Judges a level with the Phase 1 checks that apply to a window: P95 and mean latency, success
 * rate, no circuit-breaker activation and pipeline integrity. Concurrency holds by construction (a
 * closed model of the level's users); a window without answers fails its success rate.
 */
final class LevelJudge {

  private LevelJudge() {}

  static LevelResult judge(
      int users,
      long holdStart,
      long holdEnd,
      LevelTally.Figures f,
      Sidecar.HealthSnapshot before,
      Sidecar.HealthSnapshot after,
      Limits limits) {
    Histogram h = f.latencyMs();
    boolean any = h.getTotalCount() > 0;
    double mean = any ? h.getMean() : 0;
    long p95 = any ? h.getValueAtPercentile(95) : 0;
    double success = f.requests() == 0 ? 0 : (double) f.ok() / f.requests();
    double integrity = f.traces() == 0 ? 1.0 : (double) f.intact() / f.traces();
    long breaker = Math.max(f.breakerAnswers(), healthDelta(before, after));
    double seconds = Math.max(1, holdEnd - holdStart) / 1000.0;
    List<ComplianceCheck> checks =
        List.of(
            ComplianceCheck.below(
                "p95_latency", "P95 latency (ms)", "latency", limits.p95LatencyMs(), p95),
            ComplianceCheck.below(
                "mean_latency", "average latency (ms)", "latency", limits.meanLatencyMs(), mean),
            ComplianceCheck.atLeast(
                "success_rate", "success rate", "success_rate", limits.successRate(), success),
            ComplianceCheck.equal(
                "circuit_breaker_activations",
                "circuit breaker activations",
                "success_rate",
                0,
                breaker),
            ComplianceCheck.atLeast(
                "pipeline_integrity",
                "answers with every expected agent working, in order, chain unbroken",
                "pipeline",
                limits.pipelineIntegrity(),
                integrity));
    return new LevelResult(
        users,
        holdStart,
        holdEnd,
        f.requests(),
        f.ok(),
        f.requests() / seconds,
        any ? h.getValueAtPercentile(50) : 0,
        p95,
        any ? h.getValueAtPercentile(99) : 0,
        mean,
        success,
        breaker,
        integrity,
        f.failures(),
        after == null || after.resources() == null ? Map.of() : after.resources(),
        checks);
  }

  private static long healthDelta(Sidecar.HealthSnapshot before, Sidecar.HealthSnapshot after) {
    if (before == null || after == null) {
      return 0;
    }
    Long a = before.activations();
    Long b = after.activations();
    return a == null || b == null ? 0 : Math.max(0, b - a);
  }
}

package io.nwtn.stress.settings;

import io.nwtn.stress.contract.QueryClass;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The thresholds and phases a run is judged by. Stored in the run's sidecar so that reprocessing a
 * run folder later reaches the same verdict as the run itself.
 *
 * @param p95LatencyMs P95 response time must stay strictly below this
 * @param meanLatencyMs mean response time must stay strictly below this
 * @param successRate the share of successful requests must be at least this (0..1)
 * @param concurrency the concurrent users the run must reach and sustain
 * @param classTargetMs per query class, the contract's target time
 * @param pipelineIntegrity the share of successful answers whose trace shows the whole pipeline
 *     working must be at least this (0..1); 0 in a sidecar written before it was judged
 */
public record Limits(
    long p95LatencyMs,
    long meanLatencyMs,
    double successRate,
    int concurrency,
    long rampUpMs,
    long steadyMs,
    long rampDownMs,
    Map<String, Long> classTargetMs,
    double pipelineIntegrity) {

  /** The contract's share of answers that must show the whole pipeline working. */
  public static final double PIPELINE_INTEGRITY = 0.99;

  /** The Phase 1 requirements of the contract with the standard profile's phases. */
  public static Limits phase1() {
    return new Limits(
        2000, 1000, 0.95, 1000, 60_000, 300_000, 60_000, contractTargets(), PIPELINE_INTEGRITY);
  }

  /** The limits and phases of a run's settings. */
  public static Limits of(SuiteSettings settings) {
    RequirementsSettings r = settings.requirements();
    LoadSettings load = settings.workload();
    Map<String, Long> targets = new LinkedHashMap<>();
    r.targetTimes().forEach((c, t) -> targets.put(c.wireName(), t.toMillis()));
    return new Limits(
        r.p95Latency().toMillis(),
        r.meanLatency().toMillis(),
        r.successRate(),
        r.concurrency(),
        load.rampUp().toMillis(),
        load.steady().toMillis(),
        load.rampDown().toMillis(),
        targets,
        r.pipelineIntegrity());
  }

  /** The target time of each query class, from the contract's table. */
  public static Map<String, Long> contractTargets() {
    Map<String, Long> targets = new LinkedHashMap<>();
    for (QueryClass c : QueryClass.values()) {
      targets.put(c.wireName(), c.targetTime().toMillis());
    }
    return targets;
  }

  /** The phase a moment of the run falls in, counted from the run's start. */
  public String phaseAt(long offsetMs) {
    if (offsetMs < rampUpMs) {
      return "ramp-up";
    }
    return offsetMs < rampUpMs + steadyMs ? "steady" : "ramp-down";
  }
}

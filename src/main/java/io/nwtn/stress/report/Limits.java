package io.nwtn.stress.report;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.QueryClass;
import java.time.Duration;
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
 */
public record Limits(
    long p95LatencyMs,
    long meanLatencyMs,
    double successRate,
    int concurrency,
    long rampUpMs,
    long steadyMs,
    long rampDownMs,
    Map<String, Long> classTargetMs) {

  /** The Phase 1 requirements of the contract with the standard profile's phases. */
  public static Limits phase1() {
    return new Limits(2000, 1000, 0.95, 1000, 60_000, 300_000, 60_000, contractTargets());
  }

  /**
   * Reads {@code nwtn.requirements.*} and the phases of {@code nwtn.load.*}; a key that is absent
   * keeps its Phase 1 default.
   */
  public static Limits fromConfig(Config root) {
    Limits d = phase1();
    return new Limits(
        millis(root, "nwtn.requirements.p95-latency", d.p95LatencyMs),
        millis(root, "nwtn.requirements.mean-latency", d.meanLatencyMs),
        root.hasPath("nwtn.requirements.success-rate")
            ? root.getDouble("nwtn.requirements.success-rate")
            : d.successRate,
        root.hasPath("nwtn.requirements.concurrency")
            ? root.getInt("nwtn.requirements.concurrency")
            : root.hasPath("nwtn.load.users") ? root.getInt("nwtn.load.users") : d.concurrency,
        millis(root, "nwtn.load.ramp-up", d.rampUpMs),
        millis(root, "nwtn.load.steady", d.steadyMs),
        millis(root, "nwtn.load.ramp-down", d.rampDownMs),
        contractTargets());
  }

  private static long millis(Config root, String key, long fallback) {
    return root.hasPath(key) ? root.getDuration(key).toMillis() : fallback;
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

  public Duration rampUp() {
    return Duration.ofMillis(rampUpMs);
  }
}

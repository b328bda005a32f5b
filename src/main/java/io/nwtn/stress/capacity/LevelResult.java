package io.nwtn.stress.capacity;

import io.nwtn.stress.verdict.ComplianceCheck;
import java.util.List;
import java.util.Map;

/**
 * One level of a capacity search, judged over its hold window alone.
 *
 * @param users the closed-model users of the level
 * @param holdStartEpochMs the start of the hold window, once the level's users had arrived
 * @param holdEndEpochMs its end
 * @param rps answers completed per second of the hold
 * @param breakerActivations the larger of the breaker answers and the growth of the target's {@code
 *     /health} activations over the hold
 * @param pipelineIntegrity the share of successful answers with the whole pipeline working
 * @param target the target's own resources at the end of the hold, where {@code /health} tells
 * @param checks the Phase 1 checks over the hold
 */
public record LevelResult(
    int users,
    long holdStartEpochMs,
    long holdEndEpochMs,
    long requests,
    long ok,
    double rps,
    long p50Ms,
    long p95Ms,
    long p99Ms,
    double meanMs,
    double successRate,
    long breakerActivations,
    double pipelineIntegrity,
    Map<String, Long> failures,
    Map<String, Object> target,
    List<ComplianceCheck> checks) {

  /** Whether every check of the level passed. */
  public boolean passed() {
    return checks.stream().allMatch(ComplianceCheck::passed);
  }

  /** The first check that failed, or {@code null}. */
  public ComplianceCheck firstFailure() {
    return checks.stream().filter(c -> !c.passed()).findFirst().orElse(null);
  }
}

package io.nwtn.stress.validation;

import java.util.List;

/**
 * The pipeline coordination score, 0 to 1: 0.3 x the share of listed agents that succeeded, 0.4 x
 * the share of expected agents that ran and succeeded, 0.2 x the mean output quality score and 0.1
 * when the agents ran in pipeline order. Listed agents are the expected ones and any that ran.
 */
public final class Coordination {

  static final double SUCCESS_WEIGHT = 0.3;
  static final double COVERAGE_WEIGHT = 0.4;
  static final double QUALITY_WEIGHT = 0.2;
  static final double ORDER_WEIGHT = 0.1;

  /** Below this score the report recommends reviewing the orchestration. */
  public static final double WELL_COORDINATED = 0.8;

  private Coordination() {}

  /** The score of one run's agents; 0 when there are none. */
  public static double score(List<AgentResult> agents, boolean inPipelineOrder) {
    if (agents.isEmpty()) {
      return 0;
    }
    long succeeded = agents.stream().filter(AgentResult::success).count();
    long expected = agents.stream().filter(AgentResult::expected).count();
    long covered = agents.stream().filter(a -> a.expected() && a.success()).count();
    double quality = agents.stream().mapToDouble(a -> a.quality().score()).average().orElse(0);
    double score =
        SUCCESS_WEIGHT * succeeded / agents.size()
            + COVERAGE_WEIGHT * (expected == 0 ? 1 : (double) covered / expected)
            + QUALITY_WEIGHT * quality
            + ORDER_WEIGHT * (inPipelineOrder ? 1 : 0);
    // three decimals: a score, not a measurement, and free of floating-point noise in the report
    return Math.min(1.0, Math.round(score * 1000) / 1000.0);
  }
}

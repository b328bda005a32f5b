package io.nwtn.stress.compare;

import org.HdrHistogram.Histogram;

/**
 * One figure of both runs, with the distributions it was read from when both runs carry them.
 *
 * @param name the figure's name as printed, e.g. {@code p95_latency_ms} or {@code agent.executor
 *     p95_ms}
 * @param baselineCount for {@link Kind#ERRORS}, the baseline's total requests (else 0)
 * @param currentCount for {@link Kind#ERRORS}, the current run's total requests (else 0)
 * @param baselineHistogram the baseline's distribution, or {@code null}
 * @param currentHistogram the current run's distribution, or {@code null}
 */
public record MetricPair(
    String name,
    Kind kind,
    double baseline,
    double current,
    long baselineCount,
    long currentCount,
    Histogram baselineHistogram,
    Histogram currentHistogram) {

  boolean hasDistributions() {
    return baselineHistogram != null
        && currentHistogram != null
        && baselineHistogram.getTotalCount() > 0
        && currentHistogram.getTotalCount() > 0;
  }
}

package io.nwtn.stress.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges each figure of two runs against the tolerances.
 *
 * <p>The rule for a latency figure: it regresses when it grew by more than the latency tolerance
 * and by more than the latency floor, and, when both runs carry the histogram it was read from, the
 * one-sided Kolmogorov–Smirnov test says the current distribution is slower with a p-value below
 * the significance. The tolerance keeps a huge sample from flagging a 1 ms shift; the test keeps a
 * small, noisy sample from flagging a jump of one percentile.
 *
 * @param findings one per figure, in report order
 */
public record Comparison(RunResults baseline, RunResults current, List<Finding> findings) {

  /** Compares two runs. */
  public static Comparison of(RunResults baseline, RunResults current, Tolerances t)
      throws CompareException {
    List<Finding> findings = new ArrayList<>();
    for (MetricPair m : Metrics.pair(baseline, current)) {
      findings.add(judge(m, t));
    }
    return new Comparison(baseline, current, List.copyOf(findings));
  }

  public boolean regressed() {
    return findings.stream().anyMatch(Finding::regression);
  }

  public List<Finding> regressions() {
    return findings.stream().filter(Finding::regression).toList();
  }

  static Finding judge(MetricPair m, Tolerances t) {
    return switch (m.kind()) {
      case LATENCY -> latency(m, t);
      case SUCCESS_RATE -> points(m, m.current() - m.baseline(), -t.successRate());
      case THROUGHPUT, CONCURRENCY -> drop(m, t.throughput());
      case ERRORS -> errors(m, t);
    };
  }

  private static Finding latency(MetricPair m, Tolerances t) {
    double change = relative(m);
    double allowed = Math.max(m.baseline() * t.latency(), t.latencyFloorMs());
    double grew = m.current() - m.baseline();
    DistributionShift shift =
        m.hasDistributions()
            ? DistributionShift.of(m.baselineHistogram(), m.currentHistogram())
            : null;
    Verdict v;
    if (grew > allowed) {
      boolean beyondNoise = shift == null || shift.slowerBeyondNoise(t.significance());
      v = beyondNoise ? Verdict.REGRESSION : Verdict.NOISE;
    } else {
      v = -grew > allowed ? Verdict.IMPROVED : Verdict.OK;
    }
    return new Finding(m, change, v, shift);
  }

  /** A figure where lower is worse, judged on its relative change. */
  private static Finding drop(MetricPair m, double tolerance) {
    double change = relative(m);
    Verdict v =
        change < -tolerance
            ? Verdict.REGRESSION
            : change > tolerance ? Verdict.IMPROVED : Verdict.OK;
    return new Finding(m, change, v, null);
  }

  /**
   * A success rate: {@code change} is in points and {@code limit} is the (negative) drop allowed.
   */
  private static Finding points(MetricPair m, double change, double limit) {
    Verdict v =
        change < limit ? Verdict.REGRESSION : change > -limit ? Verdict.IMPROVED : Verdict.OK;
    return new Finding(m, change, v, null);
  }

  /** An error category: its share of all requests may grow by the success-rate tolerance. */
  private static Finding errors(MetricPair m, Tolerances t) {
    double before = m.baselineCount() == 0 ? 0 : m.baseline() / m.baselineCount();
    double after = m.currentCount() == 0 ? 0 : m.current() / m.currentCount();
    double change = after - before;
    Verdict v =
        change > t.successRate()
            ? Verdict.REGRESSION
            : change < -t.successRate() ? Verdict.IMPROVED : Verdict.OK;
    return new Finding(m, change, v, null);
  }

  private static double relative(MetricPair m) {
    if (m.baseline() == 0) {
      return m.current() == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
    return (m.current() - m.baseline()) / m.baseline();
  }
}

package io.nwtn.stress.compare;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * A two-sample Kolmogorov–Smirnov test computed from two latency histograms rather than from the
 * raw samples, so runs of any size compare in time proportional to their distinct values.
 *
 * <p>{@code slowerGap} is the largest amount by which the baseline's distribution function lies
 * above the current one: how much more of the baseline than of the current run finished by some
 * time. Its p-value is read from the two-sided Kolmogorov distribution, which overstates it (a
 * conservative test), and ties from the histogram's buckets make it more conservative still.
 *
 * @param gap the two-sided statistic D
 * @param slowerGap the one-sided statistic in the direction "current is slower"
 * @param pValue the probability of a {@code slowerGap} this large between two samples of one
 *     distribution
 */
public record DistributionShift(double gap, double slowerGap, double pValue, long n, long m) {

  private static final KolmogorovSmirnovTest KS = new KolmogorovSmirnovTest();

  /** Compares two histograms; both must hold at least one value. */
  public static DistributionShift of(AbstractHistogram baseline, AbstractHistogram current) {
    long n = baseline.getTotalCount();
    long m = current.getTotalCount();
    if (n == 0 || m == 0) {
      throw new IllegalArgumentException("an empty histogram has no distribution");
    }
    List<long[]> b = steps(baseline);
    List<long[]> c = steps(current);
    double gap = 0;
    double slower = 0;
    int i = 0;
    int j = 0;
    long cumB = 0;
    long cumC = 0;
    while (i < b.size() || j < c.size()) {
      long v = Math.min(at(b, i), at(c, j));
      for (; i < b.size() && b.get(i)[0] == v; i++) {
        cumB = b.get(i)[1];
      }
      for (; j < c.size() && c.get(j)[0] == v; j++) {
        cumC = c.get(j)[1];
      }
      double diff = (double) cumB / n - (double) cumC / m;
      gap = Math.max(gap, Math.abs(diff));
      slower = Math.max(slower, diff);
    }
    double p = slower == 0 ? 1 : KS.approximateP(slower, clamp(n), clamp(m));
    return new DistributionShift(gap, slower, Math.min(1, Math.max(0, p)), n, m);
  }

  /** Whether the current run is slower beyond run-to-run noise at {@code significance}. */
  public boolean slowerBeyondNoise(double significance) {
    return pValue < significance;
  }

  /** (value, cumulative count) at each recorded value, in ascending order. */
  private static List<long[]> steps(AbstractHistogram h) {
    List<long[]> out = new ArrayList<>();
    for (HistogramIterationValue v : h.recordedValues()) {
      out.add(
          new long[] {
            h.highestEquivalentValue(v.getValueIteratedTo()), v.getTotalCountToThisValue()
          });
    }
    return out;
  }

  private static long at(List<long[]> steps, int i) {
    return i < steps.size() ? steps.get(i)[0] : Long.MAX_VALUE;
  }

  private static int clamp(long count) {
    return (int) Math.min(Integer.MAX_VALUE, count);
  }
}

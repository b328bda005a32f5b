package io.nwtn.stress.compare;

/**
 * The comparison of one figure.
 *
 * @param change relative change for latency, throughput and concurrency; difference in points
 *     (fractions) for the success rate and error shares
 * @param shift the distribution test, or {@code null} when the figure had no histograms
 */
public record Finding(MetricPair metric, double change, Verdict verdict, DistributionShift shift) {

  public boolean regression() {
    return verdict == Verdict.REGRESSION;
  }
}

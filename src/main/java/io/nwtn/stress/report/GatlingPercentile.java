package io.nwtn.stress.report;

import com.tdunning.math.stats.AVLTreeDigest;

/**
 * The P95 as Gatling 3.15.1's report computes it: an {@code AVLTreeDigest} of compression 100 fed
 * every response time in log order, read at 0.95 and rounded. That t-digest under-reports the tail
 * (gatling/gatling#4715), so this figure is shown beside the exact one and never judged. The digest
 * breaks ties at random, so it can differ from Gatling's by a millisecond or so.
 */
final class GatlingPercentile {

  private final AVLTreeDigest digest = new AVLTreeDigest(100.0);

  void add(long responseTimeMs) {
    digest.add(responseTimeMs);
  }

  long p95() {
    return digest.size() == 0 ? 0 : Math.round(digest.quantile(0.95));
  }
}

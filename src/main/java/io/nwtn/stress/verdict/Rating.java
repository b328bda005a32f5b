package io.nwtn.stress.verdict;

/** The seed's performance rating of a run, from its exact P95 and success rate. */
public enum Rating {
  EXCELLENT("excellent", 1000, 0.98),
  GOOD("good", 1500, 0.96),
  NEEDS_IMPROVEMENT("needs_improvement", 2000, 0.95),
  POOR("poor", Long.MAX_VALUE, -1);

  private final String wireName;
  private final long p95BelowMs;
  private final double successAbove;

  Rating(String wireName, long p95BelowMs, double successAbove) {
    this.wireName = wireName;
    this.p95BelowMs = p95BelowMs;
    this.successAbove = successAbove;
  }

  /** The best rating whose P95 bound and success bound (both strict) the run meets. */
  public static Rating of(long p95Ms, double successRate) {
    for (Rating r : values()) {
      if (p95Ms < r.p95BelowMs && successRate > r.successAbove) {
        return r;
      }
    }
    return POOR;
  }

  public String wireName() {
    return wireName;
  }
}

package io.nwtn.stress.validation;

import java.util.Locale;

/**
 * A run's performance against its scenario's time limit and the answer's confidence: excellent
 * within half the limit at confidence >= 0.9, good within three quarters at >= 0.8, needs
 * improvement within the limit at >= 0.6, else poor.
 */
public enum PerformanceRating {
  EXCELLENT,
  GOOD,
  NEEDS_IMPROVEMENT,
  POOR;

  /** Rates a response time against a limit, both in seconds. */
  public static PerformanceRating of(double seconds, double limit, double confidence) {
    if (seconds <= limit * 0.5 && confidence >= 0.9) {
      return EXCELLENT;
    }
    if (seconds <= limit * 0.75 && confidence >= 0.8) {
      return GOOD;
    }
    if (seconds <= limit && confidence >= 0.6) {
      return NEEDS_IMPROVEMENT;
    }
    return POOR;
  }

  /** The name used in the report. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.nwtn.stress.monitoring;

import io.nwtn.stress.verdict.Compliance;
import io.nwtn.stress.verdict.ComplianceCheck;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The progress line printed every {@code nwtn.monitoring.progress-interval}: one plain line, with
 * no cursor movement, so that a CI log reads as well as a terminal.
 *
 * @param elapsedMs since the first user started
 * @param plannedMs ramp-up, steady state and ramp-down
 * @param users the users this load generator runs at its peak
 * @param windowRequests Phase 1 requests answered in the window
 * @param windowP95Ms the exact P95 of the window's response times (0 without any)
 * @param runP95Ms the exact P95 of every response time so far
 * @param breakerState the target's breaker in its latest {@code /health}, or {@code null}
 * @param verdict the requirements checked against the run so far
 */
record ProgressLine(
    long elapsedMs,
    long plannedMs,
    String phase,
    long activeUsers,
    int users,
    long windowRequests,
    double windowSeconds,
    long windowP95Ms,
    long runP95Ms,
    long p95LimitMs,
    double windowErrorShare,
    double runErrorShare,
    String breakerState,
    Compliance verdict) {

  /** The line, e.g. {@code NWTN 1m20s/7m00s steady | users 640/1000 | 245.3 req/s | ...}. */
  String render() {
    return String.format(
        Locale.ROOT,
        "NWTN %s/%s %s | users %d/%d | %.1f req/s | P95 %s window, %d ms run (limit %d ms)"
            + " | errors %s window, %s run | breaker %s | so far %s",
        clock(elapsedMs),
        clock(plannedMs),
        phase,
        activeUsers,
        users,
        windowSeconds <= 0 ? 0 : windowRequests / windowSeconds,
        windowRequests == 0 ? "-" : windowP95Ms + " ms",
        runP95Ms,
        p95LimitMs,
        percent(windowErrorShare),
        percent(runErrorShare),
        breakerState == null ? "unknown" : breakerState,
        verdictSoFar());
  }

  /** PASSED, or FAILED with the checks not met so far. */
  private String verdictSoFar() {
    if (verdict.passed()) {
      return "PASSED";
    }
    return "FAILED ("
        + verdict.failures().stream().map(ComplianceCheck::name).collect(Collectors.joining(", "))
        + ")";
  }

  static String clock(long ms) {
    long s = Math.max(0, ms) / 1000;
    return s / 60 + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}

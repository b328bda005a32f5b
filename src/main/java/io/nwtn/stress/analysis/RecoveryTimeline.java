package io.nwtn.stress.analysis;

import io.nwtn.stress.logfile.LogRecord;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The Phase 1 requests of a run per wall-clock second of their end: how many ended, how many
 * succeeded, how many were circuit-breaker rejections, and the failures by category. {@link
 * Recovery} reads the outage and the recovery from it.
 */
public final class RecoveryTimeline {

  /** One second of the timeline. */
  static final class Second {
    long completed;
    long ok;
    long breakerOpen;
    final Map<String, Long> failures = new TreeMap<>();
  }

  private final SecondBuckets<Second> seconds = SecondBuckets.fromFirstKey(Second::new);
  // messages repeat (the log caches its strings), so each is categorised once
  private final Map<String, String> categories = new HashMap<>();

  /** Adds one Phase 1 request. */
  public void add(LogRecord.Request r) {
    Second s = seconds.get(Math.floorDiv(r.endEpochMs(), 1000));
    s.completed++;
    if (r.ok()) {
      s.ok++;
      return;
    }
    String message = r.message() == null ? "" : r.message();
    if (message.contains("circuit_breaker_open")) {
      s.breakerOpen++;
    }
    s.failures.merge(categories.computeIfAbsent(message, ErrorCategory::of), 1L, Long::sum);
  }

  /** The seconds in order, keyed by epoch second. */
  NavigableMap<Long, Second> seconds() {
    return seconds.asMap();
  }
}

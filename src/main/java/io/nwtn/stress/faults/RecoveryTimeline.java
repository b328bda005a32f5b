package io.nwtn.stress.faults;

import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.report.ErrorCategory;
import java.util.HashMap;
import java.util.Map;
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

  private final TreeMap<Long, Second> seconds = new TreeMap<>();
  // the log comes nearly in time order, so most requests end in the second of the one before
  private long lastEpochSecond = Long.MIN_VALUE;
  // messages repeat (the log caches its strings), so each is categorised once
  private final Map<String, String> categories = new HashMap<>();
  private Second last;

  /** Adds one Phase 1 request. */
  public void add(LogRecord.Request r) {
    long epochSecond = Math.floorDiv(r.endEpochMs(), 1000);
    if (epochSecond != lastEpochSecond) {
      last = seconds.computeIfAbsent(epochSecond, k -> new Second());
      lastEpochSecond = epochSecond;
    }
    Second s = last;
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
  TreeMap<Long, Second> seconds() {
    return seconds;
  }
}

package io.nwtn.stress.analysis;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * The ramp-up figures of a log: requests started during ramp-up (and how many of them succeeded),
 * and the most users running by its end. The ramp-up's length comes from the run's settings, which
 * may still be loading while the log is read: until it is known, the records it needs are kept (a
 * long or two each) and counted when it arrives, so reading never waits for the settings unless
 * {@link #MAX_PENDING} records pile up.
 *
 * <p>Times are offsets in ms from the first user's start, as {@link LogAnalysis} defines the
 * phases.
 */
final class RampTally {

  /** Records kept while the ramp-up is unknown before reading stops to wait for it (8 MB). */
  static final int MAX_PENDING = 1 << 20;

  private static final long OK_BIT = 1;

  private final CompletableFuture<Long> source;
  private long rampUpMs = -1;
  private long[] pendingRequests = new long[0];
  private int requestCount;
  private long[] pendingUsers = new long[0];
  private int userCount;

  private long started;
  private long startedOk;
  private long peakUsers;

  RampTally(CompletableFuture<Long> rampUpMs) {
    this.source = rampUpMs;
  }

  /** A request that started {@code offsetMs} after the first user (0 or more). */
  void request(long offsetMs, boolean ok) {
    if (known()) {
      countRequest(offsetMs, ok);
    } else if (!source.isDone()) { // done but not known: the settings failed, the report stops
      if (requestCount == pendingRequests.length) {
        pendingRequests = Arrays.copyOf(pendingRequests, Math.max(1024, requestCount * 2));
      }
      pendingRequests[requestCount++] = (offsetMs << 1) | (ok ? OK_BIT : 0);
      waitIfFull();
    }
  }

  /** A user record {@code offsetMs} after the first user, after which {@code active} ran. */
  void user(long offsetMs, long active) {
    if (known()) {
      countUser(offsetMs, active);
    } else if (!source.isDone()) {
      if (userCount + 2 > pendingUsers.length) {
        pendingUsers = Arrays.copyOf(pendingUsers, Math.max(1024, userCount * 2));
      }
      pendingUsers[userCount++] = offsetMs;
      pendingUsers[userCount++] = active;
      waitIfFull();
    }
  }

  long started() {
    settle();
    return started;
  }

  long startedOk() {
    settle();
    return startedOk;
  }

  long peakUsers() {
    settle();
    return peakUsers;
  }

  private void countRequest(long offsetMs, boolean ok) {
    if (offsetMs < rampUpMs) {
      started++;
      startedOk += ok ? 1 : 0;
    }
  }

  private void countUser(long offsetMs, long active) {
    if (offsetMs <= rampUpMs + LogAnalysis.RAMP_GRACE_MS) {
      peakUsers = Math.max(peakUsers, active);
    }
  }

  /** True once the ramp-up is known; the first time, counts what was kept. */
  private boolean known() {
    if (rampUpMs >= 0) {
      return true;
    }
    if (!source.isDone() || source.isCompletedExceptionally()) {
      return false;
    }
    rampUpMs = Math.max(0, source.join());
    for (int i = 0; i < requestCount; i++) {
      countRequest(pendingRequests[i] >> 1, (pendingRequests[i] & OK_BIT) != 0);
    }
    for (int i = 0; i < userCount; i += 2) {
      countUser(pendingUsers[i], pendingUsers[i + 1]);
    }
    pendingRequests = null;
    pendingUsers = null;
    return true;
  }

  /** Waits for the settings when too much is kept; their error is left for the report to raise. */
  private void waitIfFull() {
    if (requestCount + userCount / 2 >= MAX_PENDING) {
      source.exceptionally(e -> null).join();
      known();
    }
  }

  /** Waits for the ramp-up and counts what was kept; an error of the settings is thrown. */
  private void settle() {
    if (rampUpMs < 0) {
      source.join();
      known();
    }
  }
}

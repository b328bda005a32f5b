package io.nwtn.stress.reference;

import java.util.function.LongSupplier;

/**
 * A token bucket over all session requests: {@code perSecond} tokens a second, at most {@code
 * burst} saved up. A request without a token gets {@code 429 rate_limited} and a {@code
 * Retry-After}.
 */
final class RateLimiter {

  private final double perSecond;
  private final double burst;
  private final LongSupplier clock;
  private double tokens;
  private long lastNanos;

  /**
   * @param perSecond 0 turns the limit off
   */
  RateLimiter(double perSecond, int burst, LongSupplier nanoClock) {
    this.perSecond = perSecond;
    this.burst = burst;
    this.clock = nanoClock;
    this.tokens = burst;
    this.lastNanos = nanoClock.getAsLong();
  }

  /** Zero when the request may go ahead, else the whole seconds to wait before a token is free. */
  synchronized long tryAcquire() {
    if (perSecond <= 0) {
      return 0;
    }
    long now = clock.getAsLong();
    tokens = Math.min(burst, tokens + (now - lastNanos) / 1e9 * perSecond);
    lastNanos = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
  }
}

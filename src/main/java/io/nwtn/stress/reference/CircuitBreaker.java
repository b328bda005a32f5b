package io.nwtn.stress.reference;

import java.util.function.LongSupplier;

/**
 * A count-based circuit breaker over pipeline outcomes. Closed, it records the last {@code window}
 * outcomes and opens when failures reach the ratio; open, it refuses calls for the cool-down;
 * half-open, it lets a few trial calls through, closes on the first success and opens again on a
 * failure. Every transition to open is one activation.
 */
public final class CircuitBreaker {

  /** The state as {@code /health} names it. */
  public enum State {
    CLOSED("closed"),
    OPEN("open"),
    HALF_OPEN("half_open");

    private final String wireName;

    State(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  private final BreakerSettings settings;
  private final LongSupplier clock;
  private final boolean[] failures;
  private int recorded;
  private int next;
  private int failureCount;
  private State state = State.CLOSED;
  private long openedAtNanos;
  private int trialsInFlight;
  private long activations;

  CircuitBreaker(BreakerSettings settings, LongSupplier nanoClock) {
    this.settings = settings;
    this.clock = nanoClock;
    this.failures = new boolean[settings.window()];
  }

  /**
   * Whether a call may go through now; a half-open breaker hands out a limited number of trials.
   */
  public synchronized boolean tryAcquire() {
    if (!settings.enabled()) {
      return true;
    }
    switch (refreshedState()) {
      case CLOSED:
        return true;
      case HALF_OPEN:
        if (trialsInFlight < settings.halfOpenCalls()) {
          trialsInFlight++;
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  /** Records the outcome of a call that {@link #tryAcquire()} let through. */
  public synchronized void record(boolean success) {
    if (!settings.enabled()) {
      return;
    }
    if (state == State.HALF_OPEN) {
      trialsInFlight = Math.max(0, trialsInFlight - 1);
      if (success) {
        close();
      } else {
        open();
      }
      return;
    }
    if (state == State.OPEN) {
      return; // a call admitted before the breaker opened
    }
    remember(!success);
    if (recorded >= settings.minimumCalls() && failureCount >= settings.failureRatio() * recorded) {
      open();
    }
  }

  /** Gives back a call that {@link #tryAcquire()} let through but that never ran. */
  public synchronized void release() {
    if (state == State.HALF_OPEN) {
      trialsInFlight = Math.max(0, trialsInFlight - 1);
    }
  }

  public synchronized State state() {
    return refreshedState();
  }

  /** Transitions to open since start. */
  public synchronized long activations() {
    return activations;
  }

  private State refreshedState() {
    if (state == State.OPEN && clock.getAsLong() - openedAtNanos >= settings.coolDown().toNanos()) {
      state = State.HALF_OPEN;
      trialsInFlight = 0;
    }
    return state;
  }

  private void remember(boolean failure) {
    if (recorded == failures.length) {
      failureCount -= failures[next] ? 1 : 0;
    } else {
      recorded++;
    }
    failures[next] = failure;
    failureCount += failure ? 1 : 0;
    next = (next + 1) % failures.length;
  }

  private void open() {
    state = State.OPEN;
    openedAtNanos = clock.getAsLong();
    activations++;
  }

  private void close() {
    state = State.CLOSED;
    recorded = 0;
    next = 0;
    failureCount = 0;
  }
}

package io.nwtn.stress.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a state instead of sleeping for a guessed time: returns as soon as the condition holds,
 * so a fast machine does not wait and a slow one does not fail, and fails naming the state once the
 * limit has passed.
 */
public final class Eventually {

  private static final long POLL_MS = 20;

  private Eventually() {}

  /** Polls {@code condition} until it holds; fails after {@code limit} with {@code what}. */
  public static void await(String what, Duration limit, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("not reached within " + limit.toMillis() + " ms: " + what);
      }
      Thread.sleep(POLL_MS);
    }
  }
}

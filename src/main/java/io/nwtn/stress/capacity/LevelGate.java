package io.nwtn.stress.capacity;

/**
 * Which of the capacity run's virtual users take part in the current level. Gatling injects every
 * user the search may need at the start; a user whose id is above the admitted count waits. When
 * the level changes, the admitted count moves evenly from the old level to the new one over the
 * arrival time, so new users arrive gradually and surplus users leave gradually.
 */
public final class LevelGate {

  private volatile Move move = new Move(0, 0, 0, 1);
  private volatile boolean finished;

  private record Move(int from, int to, long startMs, long durationMs) {
    double admittedAt(long nowMs) {
      double share = Math.min(1, Math.max(0, (nowMs - startMs) / (double) durationMs));
      return from + (to - from) * share;
    }
  }

  /** Moves to {@code users} over {@code arrivalMs}, starting now. */
  public void moveTo(int users, long arrivalMs) {
    long now = System.currentTimeMillis();
    int from = (int) Math.round(move.admittedAt(now));
    move = new Move(from, users, now, Math.max(1, arrivalMs));
  }

  /** Whether the user with Gatling's id {@code userId} (counting from 1) takes part now. */
  public boolean admits(long userId) {
    return userId <= move.admittedAt(System.currentTimeMillis());
  }

  /** Ends the search: every user leaves after its current request. */
  public void finish() {
    finished = true;
  }

  public boolean finished() {
    return finished;
  }
}

package io.nwtn.stress.capacity;

/**
 * One level as every load generator of a capacity search runs it, in the leader's wall-clock time:
 * the users arrive from {@code arrivalStartEpochMs} over {@code arrivalMs}, and the level is held
 * from {@code holdStartEpochMs} to {@code holdEndEpochMs}. {@code finished} ends the search.
 *
 * @param seq the level's number in the search, from 1
 * @param users the level's users over all load generators
 */
public record LevelPlan(
    int seq,
    int users,
    long arrivalStartEpochMs,
    long arrivalMs,
    long holdStartEpochMs,
    long holdEndEpochMs,
    boolean finished) {

  /** The plan that ends the search. */
  public static LevelPlan finish(int seq) {
    return new LevelPlan(seq, 0, 0, 0, 0, 0, true);
  }

  /** A level starting {@code leadMs} from now. */
  public static LevelPlan of(int seq, int users, long leadMs, long arrivalMs, long holdMs) {
    long arrival = System.currentTimeMillis() + leadMs;
    long hold = arrival + arrivalMs;
    return new LevelPlan(seq, users, arrival, arrivalMs, hold, hold + holdMs, false);
  }
}

package io.nwtn.stress.capacity;

import java.util.function.IntUnaryOperator;

/**
 * This load generator's part of a level: at the plan's times, move its users' {@link LevelGate} to
 * its share of the level's users, then tally its answers over the hold window.
 */
public final class LevelRunner {

  private final LevelGate gate;
  private final LevelTally tally;
  private final IntUnaryOperator share;

  /**
   * @param share this load generator's users of a level's users (all of them when it runs alone)
   */
  public LevelRunner(LevelGate gate, LevelTally tally, IntUnaryOperator share) {
    this.gate = gate;
    this.tally = tally;
    this.share = share;
  }

  /** Runs the plan's level here and returns what the hold window counted. */
  public LevelTally.Figures run(LevelPlan plan) throws InterruptedException {
    arrive(plan);
    return hold(plan);
  }

  /** From the plan's arrival on, moves this load generator's users; returns at the hold's start. */
  public void arrive(LevelPlan plan) throws InterruptedException {
    sleepUntil(plan.arrivalStartEpochMs());
    gate.moveTo(share.applyAsInt(plan.users()), plan.arrivalMs());
    sleepUntil(plan.holdStartEpochMs());
  }

  /** Tallies the hold window and returns what it counted, at the hold's end. */
  public LevelTally.Figures hold(LevelPlan plan) throws InterruptedException {
    tally.open(plan.holdStartEpochMs());
    sleepUntil(plan.holdEndEpochMs());
    return tally.close();
  }

  /** Lets every user leave. */
  public void finish() {
    gate.finish();
  }

  /** Waits for a moment of the plan: the schedule itself, not a wait for a state. */
  static void sleepUntil(long epochMs) throws InterruptedException {
    long wait = epochMs - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}

package io.nwtn.stress.capacity;

import io.nwtn.stress.settings.CapacitySettings;
import java.util.OptionalInt;

/**
 * Which level a capacity search runs next. It climbs the staircase from the start level, step by
 * step, up to the maximum; at the first failing level it stops climbing and (when refining) bisects
 * between the highest passing and the lowest failing level until they are within the precision of
 * each other or the refinements are spent. A first level that fails is bisected towards one user.
 */
public final class CapacitySearch {

  private final CapacitySettings settings;
  private int highestPassing;
  private int lowestFailing = Integer.MAX_VALUE;
  private int refinements;
  private int current;

  public CapacitySearch(CapacitySettings settings) {
    this.settings = settings;
    this.current = Math.min(settings.startUsers(), settings.maxUsers());
  }

  /** The level to run first. */
  public int first() {
    return current;
  }

  /** Takes the verdict of the level just run and returns the next one, or empty when done. */
  public OptionalInt next(boolean passed) {
    if (passed) {
      highestPassing = Math.max(highestPassing, current);
    } else {
      lowestFailing = Math.min(lowestFailing, current);
    }
    if (lowestFailing == Integer.MAX_VALUE) {
      if (current >= settings.maxUsers()) {
        return OptionalInt.empty();
      }
      return go(Math.min(settings.maxUsers(), settings.step().after(current)));
    }
    if (!settings.refine() || refinements >= settings.maxRefinements() || closeEnough()) {
      return OptionalInt.empty();
    }
    refinements++;
    return go(highestPassing + (lowestFailing - highestPassing) / 2);
  }

  /** Whether the answer is already within the precision (or one user) of the knee. */
  private boolean closeEnough() {
    int gap = lowestFailing - highestPassing;
    return gap <= 1 || gap <= settings.precision() * Math.max(1, highestPassing);
  }

  private OptionalInt go(int level) {
    current = level;
    return OptionalInt.of(level);
  }

  /** The highest level that passed, 0 when none did. */
  public int highestPassing() {
    return highestPassing;
  }

  /** The lowest level that failed, or empty when every level passed. */
  public OptionalInt lowestFailing() {
    return lowestFailing == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(lowestFailing);
  }
}

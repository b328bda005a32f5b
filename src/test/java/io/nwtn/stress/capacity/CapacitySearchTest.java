package io.nwtn.stress.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nwtn.stress.settings.CapacitySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class CapacitySearchTest {

  static CapacitySettings settings(String step, int max, boolean refine, int refinements) {
    CapacitySettings.Step s =
        step.startsWith("x")
            ? new CapacitySettings.Step(Double.parseDouble(step.substring(1)), 0)
            : new CapacitySettings.Step(0, Integer.parseInt(step.substring(1)));
    return new CapacitySettings(
        100,
        s,
        max,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        refine,
        0.10,
        refinements,
        CapacitySettings.Coordinator.LOCAL);
  }

  /** The levels the search runs against a target that passes exactly when {@code passes}. */
  static List<Integer> levels(CapacitySearch search, IntPredicate passes) {
    List<Integer> levels = new ArrayList<>();
    int level = search.first();
    while (true) {
      levels.add(level);
      OptionalInt next = search.next(passes.test(level));
      if (next.isEmpty()) {
        return levels;
      }
      level = next.getAsInt();
    }
  }

  @Test
  void climbsByTheFactorThenBisectsToWithinThePrecision() {
    CapacitySearch search = new CapacitySearch(settings("x1.5", 4000, true, 10));
    List<Integer> levels = levels(search, users -> users <= 420);
    assertEquals(List.of(100, 150, 225, 338, 507, 422, 380, 401), levels);
    // 401 and 422 are within 10 % of each other
    assertEquals(401, search.highestPassing());
    assertEquals(422, search.lowestFailing().getAsInt());
  }

  @Test
  void stopsAtTheFirstFailureWithoutRefining() {
    CapacitySearch search = new CapacitySearch(settings("+200", 4000, false, 4));
    assertEquals(List.of(100, 300, 500), levels(search, users -> users < 400));
    assertEquals(300, search.highestPassing());
  }

  @Test
  void refinementsAreBoundedByTheirCount() {
    CapacitySearch search = new CapacitySearch(settings("x2", 4000, true, 2));
    assertEquals(List.of(100, 200, 400, 800, 600, 500), levels(search, users -> users <= 450));
    assertEquals(400, search.highestPassing());
    assertEquals(500, search.lowestFailing().getAsInt());
  }

  @Test
  void aTargetThatPassesEveryLevelIsMeasuredUpToTheMaximum() {
    CapacitySearch search = new CapacitySearch(settings("x1.5", 400, true, 4));
    assertEquals(List.of(100, 150, 225, 338, 400), levels(search, users -> true));
    assertEquals(400, search.highestPassing());
    assertEquals(OptionalInt.empty(), search.lowestFailing());
  }

  @Test
  void aFailingFirstLevelIsBisectedTowardsOneUser() {
    CapacitySearch search = new CapacitySearch(settings("x1.5", 4000, true, 10));
    List<Integer> levels = levels(search, users -> users <= 30);
    assertEquals(List.of(100, 50, 25, 37, 31, 28, 29), levels);
    assertEquals(29, search.highestPassing());
  }
}

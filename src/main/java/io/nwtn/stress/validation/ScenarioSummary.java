package io.nwtn.stress.validation;

import io.nwtn.stress.settings.ValidationScenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario over all its runs. It passes when it ran and every run passed; each distinct failure
 * reason is kept once with the number of runs it hit.
 *
 * @param reasons e.g. {@code agent router missing (3 of 3 runs)}
 * @param meanTime mean response time in seconds
 * @param maxTime slowest response time in seconds
 * @param minCoordination the lowest coordination score of its runs
 * @param worstRating the worst performance rating of its runs
 */
public record ScenarioSummary(
    ValidationScenario scenario,
    int runs,
    int passedRuns,
    boolean passed,
    List<String> reasons,
    double meanTime,
    double maxTime,
    double minCoordination,
    PerformanceRating worstRating,
    int recommendationsCount) {

  public ScenarioSummary {
    reasons = List.copyOf(reasons);
  }

  /** Summarises the runs of one scenario (the runs of others are ignored). */
  public static ScenarioSummary of(ValidationScenario scenario, List<RunResult> all) {
    List<RunResult> runs = all.stream().filter(r -> r.scenario().equals(scenario)).toList();
    if (runs.isEmpty()) {
      return new ScenarioSummary(
          scenario, 0, 0, false, List.of("not run"), 0, 0, 0, PerformanceRating.POOR, 0);
    }
    int passed = (int) runs.stream().filter(RunResult::passed).count();
    Map<String, Integer> counts = new LinkedHashMap<>();
    runs.forEach(r -> r.failures().forEach(f -> counts.merge(f.reason(), 1, Integer::sum)));
    List<String> reasons = new ArrayList<>();
    String of = " of " + runs.size() + (runs.size() == 1 ? " run)" : " runs)");
    counts.forEach((reason, n) -> reasons.add(reason + " (" + n + of));
    return new ScenarioSummary(
        scenario,
        runs.size(),
        passed,
        passed == runs.size(),
        reasons,
        runs.stream().mapToDouble(RunResult::responseTime).average().orElse(0),
        runs.stream().mapToDouble(RunResult::responseTime).max().orElse(0),
        runs.stream().mapToDouble(RunResult::coordinationScore).min().orElse(0),
        runs.stream().map(RunResult::performanceRating).max(Enum::compareTo).orElseThrow(),
        runs.stream().mapToInt(r -> r.recommendations().size()).sum());
  }

  /** Each reason prefixed with the scenario's name, e.g. {@code Complex Research Task: ...}. */
  public List<String> namedReasons() {
    return reasons.stream().map(r -> scenario.name() + ": " + r).toList();
  }
}

package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.settings.ValidationScenario;
import io.nwtn.stress.verdict.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of a validation run: every scenario, every agent, every run, the recommendations and
 * the Phase 1 readiness. The run passes when every scenario passes.
 *
 * @param runs every analysed run, in the order they were sent
 * @param totalExecutionTime the sum of all response times, in seconds
 * @param avgExecutionTime the mean response time of a run, in seconds
 */
public record ValidationReport(
    List<ScenarioSummary> scenarios,
    List<AgentSummary> agents,
    List<RunResult> runs,
    double totalExecutionTime,
    double avgExecutionTime,
    long totalContextUsed,
    double totalFtnsCharged,
    List<Recommendation> recommendations,
    Readiness readiness) {

  /** Phase 1 readiness: ready when every scenario passed and the mean run took under 15 s. */
  public record Readiness(boolean ready, String confidence, List<String> nextSteps) {}

  static final double READY_MEAN_SECONDS = 15.0;

  /** Builds the report of the given runs of the given scenarios. */
  public static ValidationReport of(List<ValidationScenario> scenarios, List<RunResult> runs) {
    List<ScenarioSummary> summaries =
        scenarios.stream().map(s -> ScenarioSummary.of(s, runs)).toList();
    List<AgentSummary> agents = new ArrayList<>();
    for (Agent a : Agent.values()) {
      AgentSummary s = AgentSummary.of(a, runs);
      if (s.listed() > 0) {
        agents.add(s);
      }
    }
    double total = runs.stream().mapToDouble(RunResult::responseTime).sum();
    double mean = runs.isEmpty() ? 0 : total / runs.size();
    boolean success = summaries.stream().allMatch(ScenarioSummary::passed);
    return new ValidationReport(
        summaries,
        agents,
        List.copyOf(runs),
        total,
        mean,
        runs.stream().mapToLong(RunResult::contextUsed).sum(),
        runs.stream().mapToDouble(RunResult::ftnsCharged).sum(),
        overall(success, runs),
        readiness(success, mean));
  }

  /** Whether every scenario passed. */
  public boolean overallSuccess() {
    return scenarios.stream().allMatch(ScenarioSummary::passed);
  }

  public int successfulScenarios() {
    return (int) scenarios.stream().filter(ScenarioSummary::passed).count();
  }

  public double successRate() {
    return scenarios.isEmpty() ? 0 : (double) successfulScenarios() / scenarios.size();
  }

  /** Every failure reason, each naming its scenario. */
  public List<String> failures() {
    return scenarios.stream()
        .flatMap(s -> s.passed() ? java.util.stream.Stream.of() : s.namedReasons().stream())
        .toList();
  }

  /** Distinct run recommendations, each once, with the scenarios it came from. */
  private static List<Recommendation> overall(boolean success, List<RunResult> runs) {
    Map<String, Recommendation> first = new LinkedHashMap<>();
    Map<String, Set<String>> where = new LinkedHashMap<>();
    for (RunResult r : runs) {
      for (Recommendation rec : r.recommendations()) {
        String key = rec.severity() + rec.message();
        first.putIfAbsent(key, rec);
        where.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(r.scenario().name());
      }
    }
    List<Recommendation> out = new ArrayList<>();
    first.forEach(
        (key, rec) ->
            out.add(
                new Recommendation(
                    rec.severity(),
                    rec.message() + " in " + String.join(", ", where.get(key)),
                    rec.actions())));
    out.sort((a, b) -> a.severity().compareTo(b.severity()));
    return out;
  }

  private static Readiness readiness(boolean success, double meanSeconds) {
    boolean ready = success && meanSeconds < READY_MEAN_SECONDS;
    return new Readiness(
        ready,
        ready ? "high" : "low",
        List.of(
            ready
                ? "Run the stress test: mvn gatling:test -Dprofile=quick, then the standard profile"
                : "Fix the validation failures above, then run make nwtn-test again",
            "Run stress testing with 1000 concurrent users",
            "Monitor performance under load",
            "Validate FTNS token accuracy"));
  }
}

package io.nwtn.stress.validation;

import io.nwtn.stress.verdict.Recommendation;
import io.nwtn.stress.verdict.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The recommendations of one run, critical findings first within each topic. */
public final class RunRecommendations {

  /** An agent slower than this, in seconds, is worth a look even when the run passed. */
  static final double SLOW_AGENT_SECONDS = 5.0;

  private RunRecommendations() {}

  public static List<Recommendation> of(RunResult r) {
    List<Recommendation> out = new ArrayList<>();
    for (Failure f : r.failures()) {
      if (List.of("no_response", "http_error", "contract_violation", "safety_refused")
          .contains(f.code())) {
        out.add(request(f));
      }
    }
    r.agents().forEach(a -> agent(a).ifPresent(out::add));
    if (!r.agents().isEmpty() && r.coordinationScore() < Coordination.WELL_COORDINATED) {
      out.add(
          new Recommendation(
              Severity.CRITICAL,
              fmt("Pipeline coordination is poor (%.2f)", r.coordinationScore()),
              List.of("Review agent orchestration", "Check that the architect plans every agent")));
    }
    if (r.httpStatus() == 200) {
      answer(r, out);
    }
    return out;
  }

  private static void answer(RunResult r, List<Recommendation> out) {
    DataFlow flow = r.dataFlow();
    if (!flow.chainWhole()) {
      out.add(
          new Recommendation(
              Severity.CRITICAL,
              "Data flow integrity broken: upstream_step_id chain",
              List.of(
                  "Pass each agent's step_id to the next agent", "Validate agent communication")));
    } else if (!flow.intact()) {
      out.add(
          new Recommendation(
              Severity.WARNING,
              "Data flow incomplete: " + gaps(flow),
              List.of(
                  "Fill every field of the response and its steps",
                  "Return a substantial answer")));
    }
    if (!r.safetyCompliant()) {
      out.add(
          new Recommendation(
              Severity.CRITICAL,
              "Safety compliance failed (safety_validated false)",
              List.of("Review safety mechanisms", "Validate every answer before it is returned")));
    }
    if (r.failures().stream().anyMatch(f -> f.code().equals("low_confidence"))) {
      out.add(
          new Recommendation(
              Severity.CRITICAL,
              fmt("Confidence is low (%.2f)", r.confidence()),
              List.of(
                  "Review the executor's model choice",
                  "Add a verification step to the compiler")));
    }
    if (r.failures().stream().anyMatch(f -> f.code().equals("context_over_allocation"))) {
      out.add(
          new Recommendation(
              Severity.CRITICAL,
              "Context used "
                  + r.contextUsed()
                  + " exceeds allocation "
                  + r.scenario().contextAllocation(),
              List.of(
                  "Enforce the allocation in every agent",
                  "Answer 402 insufficient_context instead")));
    }
    PerformanceRating rating = r.performanceRating();
    if (rating == PerformanceRating.NEEDS_IMPROVEMENT || rating == PerformanceRating.POOR) {
      out.add(
          new Recommendation(
              rating == PerformanceRating.POOR ? Severity.CRITICAL : Severity.WARNING,
              fmt(
                  "Performance rating is %s (%.2fs of a %.0fs limit)",
                  rating.wireName(), r.responseTime(), r.scenario().timeLimitSeconds()),
              List.of("Optimize agent pipeline execution", "Consider agent parallelization")));
    }
  }

  private static Recommendation request(Failure f) {
    return new Recommendation(
        Severity.CRITICAL,
        "Request failed: " + f.reason(),
        List.of("Check the orchestrator's logs for this scenario", "Run make nwtn-test again"));
  }

  private static java.util.Optional<Recommendation> agent(AgentResult a) {
    String name = title(a.agent().wireName());
    if (!a.executed()) {
      return java.util.Optional.of(
          new Recommendation(
              Severity.CRITICAL,
              name + " agent did not run",
              List.of(
                  "Review the routing logic for this query class", "Check the agent's health")));
    }
    if (!a.success()) {
      return java.util.Optional.of(
          new Recommendation(
              Severity.CRITICAL,
              name + " agent failed",
              List.of("Investigate the agent's failing step", "Add error handling and retries")));
    }
    if (a.quality() == OutputQuality.POOR) {
      return java.util.Optional.of(
          new Recommendation(
              Severity.WARNING,
              name + " agent output quality is poor",
              List.of("Optimize the agent's implementation")));
    }
    if (a.executionTime() > SLOW_AGENT_SECONDS) {
      return java.util.Optional.of(
          new Recommendation(
              Severity.WARNING,
              fmt("%s agent is slow (%.1fs)", name, a.executionTime()),
              List.of("Optimize model API calls", "Add timeout handling")));
    }
    return java.util.Optional.empty();
  }

  private static String gaps(DataFlow f) {
    List<String> gaps = new ArrayList<>();
    if (!f.requiredFieldsPresent()) {
      gaps.add("required fields missing");
    }
    if (!f.substantialAnswer()) {
      gaps.add("final answer under " + DataFlow.SUBSTANTIAL_ANSWER + " characters");
    }
    if (!f.contextMatchesSteps()) {
      gaps.add("context_used differs from the steps' sum");
    }
    return String.join(", ", gaps);
  }

  public static String title(String wire) {
    String spaced = wire.replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}

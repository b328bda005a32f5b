package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.TraceAnalysis;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.ValidationScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The contract's pass rule for one run: every expected agent ran and succeeded, in pipeline order,
 * the data-flow chain is whole, {@code safety_validated} is true, the confidence reaches the
 * minimum, the context used stays within the allocation and the answer came within the time limit.
 */
final class PassRule {

  private PassRule() {}

  /** Why a run without a valid answer failed; empty when a valid answer came. */
  static List<Failure> unanswered(SessionSample s) {
    if (s.httpStatus() == 0) {
      return List.of(new Failure("no_response", "no response (timeout or connection failure)"));
    }
    if (s.httpStatus() == 422) {
      return List.of(
          new Failure("safety_refused", "prompt refused by the safety check (HTTP 422)"));
    }
    if (s.httpStatus() != 200) {
      String code = s.errorCode() == null ? "no error code" : s.errorCode();
      return List.of(new Failure("http_error", "HTTP " + s.httpStatus() + " " + code));
    }
    if (s.response() == null) {
      String rule = s.violatedRule() == null ? "unreadable body" : s.violatedRule();
      return List.of(new Failure("contract_violation", "answer breaks the contract: " + rule));
    }
    return List.of();
  }

  /** Why a run with a valid answer failed, in the order of the rule; empty when it passed. */
  static List<Failure> check(
      ScenarioRun run, PrsmResponse r, TraceAnalysis trace, int contextUsed, double minConfidence) {
    ValidationScenario sc = run.scenario();
    List<Failure> f = new ArrayList<>();
    trace
        .missingAgents()
        .forEach(a -> f.add(new Failure("agent_missing", "agent " + a + " missing")));
    trace.failedAgents().forEach(a -> f.add(new Failure("agent_failed", "agent " + a + " failed")));
    if (!trace.inPipelineOrder()) {
      f.add(
          new Failure(
              "pipeline_order", "agents out of pipeline order: " + names(trace.agentsRun())));
    }
    if (!trace.chainWhole()) {
      f.add(new Failure("data_flow_broken", "data-flow chain broken (upstream_step_id)"));
    }
    if (!Boolean.TRUE.equals(r.safetyValidated())) {
      f.add(new Failure("unsafe_answer", "answer not safety validated (safety_validated false)"));
    }
    if (r.confidenceScore() < minConfidence) {
      f.add(
          new Failure(
              "low_confidence",
              fmt("confidence %.2f below %.2f", r.confidenceScore(), minConfidence)));
    }
    if (contextUsed > sc.contextAllocation()) {
      f.add(
          new Failure(
              "context_over_allocation",
              "context used " + contextUsed + " exceeds allocation " + sc.contextAllocation()));
    }
    if (run.responseTimeSeconds() > sc.timeLimitSeconds()) {
      f.add(
          new Failure(
              "too_slow",
              fmt("response took %.2f s, limit %s s", run.responseTimeSeconds(), seconds(sc))));
    }
    return f;
  }

  private static String names(List<Agent> agents) {
    return agents.stream().map(Agent::wireName).collect(Collectors.joining(" → "));
  }

  private static String seconds(ValidationScenario sc) {
    double s = sc.timeLimitSeconds();
    return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}

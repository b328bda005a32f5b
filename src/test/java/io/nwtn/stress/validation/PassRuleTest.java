package io.nwtn.stress.validation;

import static io.nwtn.stress.validation.Fixtures.COMPLEX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.ReasoningStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PassRuleTest {

  private final RunAnalyzer analyzer = new RunAnalyzer(0.7);

  @Test
  void healthyAnswerPassesWithNoFailures() {
    RunResult r = analyzer.analyze(Fixtures.run(COMPLEX, Fixtures.healthy(COMPLEX), 400));
    assertTrue(r.passed());
    assertEquals(List.of(), r.failures());
    assertTrue(r.dataFlow().intact());
    assertTrue(r.safetyCompliant());
  }

  static Stream<Arguments> passingBoundaries() {
    return Stream.of(
        Arguments.of(
            "confidence exactly 0.70",
            Fixtures.response(Fixtures.trace(Agent.PIPELINE), 0.7, true),
            400L),
        Arguments.of("context exactly the allocation", withContext(200), 400L),
        Arguments.of("response exactly at the limit", Fixtures.healthy(COMPLEX), 15_000L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("passingBoundaries")
  void boundaryValuesPass(String name, PrsmResponse response, long millis) {
    RunResult r = analyzer.analyze(Fixtures.run(COMPLEX, response, millis));
    assertEquals(List.of(), r.failures(), name);
  }

  static Stream<Arguments> brokenAnswers() {
    List<ReasoningStep> full = Fixtures.trace(Agent.PIPELINE);
    List<ReasoningStep> swapped = new ArrayList<>(full);
    swapped.set(2, Fixtures.step(Agent.EXECUTOR, 2, "s1"));
    swapped.set(3, Fixtures.step(Agent.ROUTER, 3, "s2"));
    List<ReasoningStep> broken = new ArrayList<>(full);
    broken.set(3, Fixtures.step(Agent.EXECUTOR, 3, "s0"));
    return Stream.of(
        Arguments.of(Fixtures.noRouter(), 400L, "agent_missing", "agent router missing"),
        Arguments.of(
            Fixtures.response(Fixtures.withStep(COMPLEX, 2, Fixtures::failed), 0.9, true),
            400L,
            "agent_failed",
            "agent router failed"),
        Arguments.of(
            Fixtures.response(swapped, 0.9, true),
            400L,
            "pipeline_order",
            "agents out of pipeline order: architect → prompter → executor → router → compiler"),
        Arguments.of(
            Fixtures.response(broken, 0.9, true),
            400L,
            "data_flow_broken",
            "data-flow chain broken (upstream_step_id)"),
        Arguments.of(
            Fixtures.response(full, 0.9, false),
            400L,
            "unsafe_answer",
            "answer not safety validated (safety_validated false)"),
        Arguments.of(
            Fixtures.response(full, 0.69, true),
            400L,
            "low_confidence",
            "confidence 0.69 below 0.70"),
        Arguments.of(
            withContext(201),
            400L,
            "context_over_allocation",
            "context used 201 exceeds allocation 200"),
        Arguments.of(
            Fixtures.healthy(COMPLEX), 15_001L, "too_slow", "response took 15.00 s, limit 15 s"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("brokenAnswers")
  void eachBrokenRuleIsTheOneFailureNamed(
      PrsmResponse response, long millis, String code, String reason) {
    RunResult r = analyzer.analyze(Fixtures.run(COMPLEX, response, millis));
    assertEquals(List.of(new Failure(code, reason)), r.failures());
    assertEquals(false, r.passed());
  }

  static Stream<Arguments> unanswered() {
    return Stream.of(
        Arguments.of(0, null, null, "no_response", "no response (timeout or connection failure)"),
        Arguments.of(
            422,
            "safety_violation",
            null,
            "safety_refused",
            "prompt refused by the safety check (HTTP 422)"),
        Arguments.of(500, "internal_error", null, "http_error", "HTTP 500 internal_error"),
        Arguments.of(503, null, null, "http_error", "HTTP 503 no error code"),
        Arguments.of(
            200,
            null,
            "final_answer_too_short",
            "contract_violation",
            "answer breaks the contract: final_answer_too_short"));
  }

  @ParameterizedTest(name = "{3} ({0})")
  @MethodSource("unanswered")
  void runsWithoutAValidAnswerFailWithTheirReason(
      int status, String error, String rule, String code, String reason) {
    RunResult r = analyzer.analyze(Fixtures.failedRun(COMPLEX, status, error, rule));
    assertEquals(List.of(new Failure(code, reason)), r.failures());
    assertEquals(0, r.coordinationScore());
    assertEquals(PerformanceRating.POOR, r.performanceRating());
    assertTrue(r.recommendations().get(0).message().contains(reason));
  }

  /** A healthy trace whose steps use {@code total} context between them. */
  private static PrsmResponse withContext(int total) {
    List<ReasoningStep> t = new ArrayList<>();
    List<ReasoningStep> base = Fixtures.trace(Agent.PIPELINE);
    for (int i = 0; i < base.size(); i++) {
      ReasoningStep s = base.get(i);
      int ctx = i == 0 ? total - 20 * (base.size() - 1) : 20;
      Map<String, Object> in = new HashMap<>(s.inputData());
      t.add(
          new ReasoningStep(
              s.stepId(),
              s.agentType(),
              s.agentId(),
              in,
              s.outputData(),
              s.executionTime(),
              s.confidenceScore(),
              ctx,
              true));
    }
    return Fixtures.response(t, 0.9, true);
  }
}

package io.nwtn.stress.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.ReasoningStep;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QualityRulesTest {

  private static final String LONG = "x".repeat(120);

  static Stream<Arguments> grades() {
    return Stream.of(
        Arguments.of(
            Agent.ARCHITECT,
            Map.of("subtasks", 3, "complexity", 0.4),
            0.9,
            0.1,
            OutputQuality.EXCELLENT),
        Arguments.of(
            Agent.ARCHITECT, Map.of("plan", Map.of("task_count", 2)), 0.9, 0.1, OutputQuality.GOOD),
        Arguments.of(Agent.ARCHITECT, Map.of("notes", "none"), 0.9, 0.1, OutputQuality.POOR),
        Arguments.of(
            Agent.PROMPTER, Map.of("optimized_prompt", "p"), 0.85, 0.1, OutputQuality.EXCELLENT),
        Arguments.of(Agent.PROMPTER, Map.of("optimized_prompt", "p"), 0.5, 0.1, OutputQuality.GOOD),
        Arguments.of(Agent.PROMPTER, Map.of("text", "p"), 0.65, 0.1, OutputQuality.GOOD),
        Arguments.of(Agent.PROMPTER, Map.of("text", "p"), 0.6, 0.1, OutputQuality.POOR),
        Arguments.of(
            Agent.ROUTER,
            Map.of("selected_models", List.of("a")),
            0.9,
            0.1,
            OutputQuality.EXCELLENT),
        Arguments.of(Agent.ROUTER, Map.of("targets", List.of("a")), 0.5, 0.1, OutputQuality.POOR),
        Arguments.of(
            Agent.EXECUTOR,
            Map.of("execution_results", List.of()),
            0.9,
            4.9,
            OutputQuality.EXCELLENT),
        Arguments.of(
            Agent.EXECUTOR, Map.of("execution_results", List.of()), 0.9, 5.0, OutputQuality.GOOD),
        Arguments.of(Agent.EXECUTOR, Map.of("output", "o"), 0.9, 9.9, OutputQuality.GOOD),
        Arguments.of(Agent.EXECUTOR, Map.of("output", "o"), 0.9, 10.0, OutputQuality.POOR),
        Arguments.of(Agent.COMPILER, Map.of("synthesis", LONG), 0.9, 0.1, OutputQuality.EXCELLENT),
        Arguments.of(Agent.COMPILER, Map.of("synthesis", "short"), 0.9, 0.1, OutputQuality.GOOD),
        Arguments.of(Agent.COMPILER, Map.of("text", "short"), 0.9, 0.1, OutputQuality.POOR),
        Arguments.of(Agent.CANDIDATE_GENERATOR, Map.of(), 0.9, 0.1, OutputQuality.GOOD));
  }

  @ParameterizedTest(name = "{0} {1} conf {2} time {3} -> {4}")
  @MethodSource("grades")
  void gradesOutputByAgent(
      Agent agent, Map<String, Object> out, double confidence, double seconds, OutputQuality q) {
    ReasoningStep step =
        Fixtures.withOutput(Fixtures.step(agent, 0, null), out, confidence, seconds);
    assertEquals(q, QualityRules.grade(agent, step));
  }

  @ParameterizedTest
  @MethodSource("io.nwtn.stress.validation.QualityRulesTest#pipeline")
  void aFailedStepIsAlwaysPoor(Agent agent) {
    assertEquals(OutputQuality.EXCELLENT, QualityRules.grade(agent, Fixtures.step(agent, 0, null)));
    assertEquals(
        OutputQuality.POOR,
        QualityRules.grade(agent, Fixtures.failed(Fixtures.step(agent, 0, null))));
  }

  static Stream<Agent> pipeline() {
    return Agent.PIPELINE.stream();
  }
}

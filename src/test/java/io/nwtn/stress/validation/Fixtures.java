package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.ValidationScenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Response fixtures built from the contract's records: a healthy answer and ways to break it. */
final class Fixtures {

  static final ValidationScenario COMPLEX =
      new ValidationScenario(
          "Complex Research Task",
          QueryClass.COMPLEX,
          Agent.PIPELINE,
          Duration.ofSeconds(15),
          200,
          List.of("Research quantum computing + AI"));
  static final ValidationScenario SIMPLE =
      new ValidationScenario(
          "Simple Query Processing",
          QueryClass.SIMPLE,
          List.of(Agent.ARCHITECT, Agent.EXECUTOR),
          Duration.ofSeconds(3),
          50,
          List.of("What is machine learning?"));

  static final String ANSWER = "Quantum machine learning combines qubits with learned models.";

  private Fixtures() {}

  /** Healthy output of each agent, with the fields the quality rules look for. */
  static Map<String, Object> output(Agent agent) {
    return switch (agent) {
      case ARCHITECT -> Map.of("subtasks", 3, "complexity", 0.72);
      case PROMPTER -> Map.of("optimized_prompt", "Research ...", "optimization", "clarity");
      case ROUTER -> Map.of("selected_models", List.of("nwtn-large"));
      case EXECUTOR -> Map.of("execution_results", List.of("r1"), "models_used", List.of("m"));
      case COMPILER ->
          Map.of(
              "synthesis",
              "Combined the executor's results into one answer "
                  + "with citations, caveats and a roadmap for enterprise adoption.");
      default -> Map.of("candidates", 2);
    };
  }

  static ReasoningStep step(Agent agent, int i, String upstream) {
    Map<String, Object> input = new HashMap<>();
    input.put("upstream_step_id", upstream);
    return new ReasoningStep(
        "s" + i,
        agent.wireName(),
        agent.wireName() + "-1",
        input,
        output(agent),
        0.2,
        0.9,
        20,
        true);
  }

  /** A whole chain of healthy steps for the given agents. */
  static List<ReasoningStep> trace(List<Agent> agents) {
    List<ReasoningStep> steps = new ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      steps.add(step(agents.get(i), i, i == 0 ? null : "s" + (i - 1)));
    }
    return steps;
  }

  static PrsmResponse response(List<ReasoningStep> trace, double confidence, boolean safe) {
    int context = trace.stream().mapToInt(s -> s.contextUsed() == null ? 0 : s.contextUsed()).sum();
    return new PrsmResponse(
        "sess-1",
        "nwtn_validator_1",
        ANSWER,
        trace,
        confidence,
        context,
        context / 100.0,
        List.of(),
        safe,
        Map.of());
  }

  static PrsmResponse healthy(ValidationScenario sc) {
    return response(trace(sc.expectedAgents()), 0.9, true);
  }

  /** A healthy answer of the whole pipeline without its router. */
  static PrsmResponse noRouter() {
    return response(
        trace(List.of(Agent.ARCHITECT, Agent.PROMPTER, Agent.EXECUTOR, Agent.COMPILER)), 0.9, true);
  }

  static ScenarioRun run(ValidationScenario sc, PrsmResponse r, long millis) {
    return run(sc, 1, r, millis);
  }

  /** Run {@code n} of a scenario whose answer {@code r} took {@code millis}. */
  static ScenarioRun run(ValidationScenario sc, int n, PrsmResponse r, long millis) {
    return new ScenarioRun(
        sc, n, new SessionSample(sc.queryClass(), 1_000, 1_000 + millis, 200, null, null, r));
  }

  static ScenarioRun failedRun(ValidationScenario sc, int status, String error, String rule) {
    return new ScenarioRun(
        sc, 1, new SessionSample(sc.queryClass(), 1_000, 1_100, status, error, rule, null));
  }

  /** The healthy trace of a scenario with one step replaced. */
  static List<ReasoningStep> withStep(
      ValidationScenario sc, int i, UnaryOperator<ReasoningStep> f) {
    List<ReasoningStep> t = new ArrayList<>(trace(sc.expectedAgents()));
    t.set(i, f.apply(t.get(i)));
    return t;
  }

  static ReasoningStep failed(ReasoningStep s) {
    return new ReasoningStep(
        s.stepId(),
        s.agentType(),
        s.agentId(),
        s.inputData(),
        s.outputData(),
        s.executionTime(),
        s.confidenceScore(),
        s.contextUsed(),
        false);
  }

  static ReasoningStep withOutput(
      ReasoningStep s, Map<String, Object> out, double confidence, double seconds) {
    return new ReasoningStep(
        s.stepId(),
        s.agentType(),
        s.agentId(),
        s.inputData(),
        out,
        seconds,
        confidence,
        s.contextUsed(),
        s.success());
  }
}

package io.nwtn.stress.reference;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Plays the agent pipeline for one request: draws each agent's time, confidence and context use,
 * links the steps by {@code upstream_step_id}, and applies the faults of the snapshot. Nothing
 * waits here; the caller schedules the answer after {@link Run#simulatedMicros()}.
 */
final class PipelineSimulator {

  /** The outcome of planning a pipeline. */
  sealed interface Plan {}

  /** The pipeline runs: answer {@code response} after {@code simulatedMicros}. */
  record Run(QueryClass queryClass, long simulatedMicros, PrsmResponse response) implements Plan {}

  /** The pipeline needs more context than allocated: 402. */
  record Insufficient(int needed, int allocated) implements Plan {}

  private final ReferenceSettings settings;

  PipelineSimulator(ReferenceSettings settings) {
    this.settings = settings;
  }

  /** The class of a request: its {@code preferences.complexity}, else inferred from its length. */
  QueryClass classOf(SessionRequest request) {
    return request
        .complexity()
        .orElseGet(
            () -> {
              int length = request.prompt().length();
              if (length <= settings.simpleMaxChars()) {
                return QueryClass.SIMPLE;
              }
              return length <= settings.mediumMaxChars() ? QueryClass.MEDIUM : QueryClass.COMPLEX;
            });
  }

  Plan plan(SessionRequest request, FaultSettings faults, Random random) {
    QueryClass queryClass = classOf(request);
    List<AgentProfile> profiles = new ArrayList<>(settings.pipeline().get(queryClass));
    faults.missingAgent().ifPresent(missing -> profiles.removeIf(p -> p.agent() == missing));
    int[] context = new int[profiles.size()];
    int needed = 0;
    for (int i = 0; i < context.length; i++) {
      context[i] = profiles.get(i).sampleContext(random);
      needed += context[i];
    }
    if (needed > request.contextAllocation()) {
      return new Insufficient(needed, request.contextAllocation());
    }
    Trace trace = trace(profiles, context, faults, random);
    double confidence =
        trace.steps().stream().mapToDouble(ReasoningStep::confidenceScore).average().orElse(0);
    PrsmResponse response =
        new PrsmResponse(
            id(random),
            request.userId(),
            answer(queryClass, trace.steps().size(), request.prompt()),
            trace.steps(),
            round(confidence),
            needed,
            round(needed * settings.ftnsPerContext()),
            List.of(),
            !faults.unsafeAnswers(),
            Map.of("complexity", queryClass.wireName(), "simulated_ms", trace.micros() / 1000.0));
    return new Run(queryClass, trace.micros(), response);
  }

  private record Trace(List<ReasoningStep> steps, long micros) {}

  /**
   * The steps in order, each naming the one before it (or a random id when the chain is broken).
   */
  private Trace trace(
      List<AgentProfile> profiles, int[] context, FaultSettings faults, Random random) {
    List<ReasoningStep> steps = new ArrayList<>();
    long totalMicros = 0;
    String upstream = null;
    for (int i = 0; i < context.length; i++) {
      AgentProfile profile = profiles.get(i);
      long micros = Math.round(profile.sampleMicros(random) * faults.latencyFactor());
      totalMicros += micros;
      boolean ok = faults.failingAgent().map(a -> a != profile.agent()).orElse(true);
      double confidence = ok ? confidence(random) : round(0.1 + 0.2 * random.nextDouble());
      String stepId = id(random);
      String link = faults.brokenChain() ? id(random) : upstream;
      steps.add(step(profile.agent(), stepId, link, micros, confidence, context[i], ok, random));
      upstream = stepId;
    }
    return new Trace(List.copyOf(steps), totalMicros);
  }

  private ReasoningStep step(
      Agent agent,
      String stepId,
      String upstream,
      long micros,
      double confidence,
      int context,
      boolean ok,
      Random random) {
    Map<String, Object> output =
        ok ? output(agent, random) : Map.of("error", agent.wireName() + " failed (injected)");
    return new ReasoningStep(
        stepId,
        agent.wireName(),
        agent.wireName() + "-" + (1 + random.nextInt(4)),
        Collections.singletonMap("upstream_step_id", upstream),
        output,
        micros / 1_000_000.0,
        confidence,
        context,
        ok);
  }

  private static Map<String, Object> output(Agent agent, Random random) {
    return switch (agent) {
      case ARCHITECT ->
          Map.of("subtasks", 1 + random.nextInt(4), "complexity", round(random.nextDouble()));
      case PROMPTER -> Map.of("optimized_prompts", 1 + random.nextInt(3));
      case ROUTER -> Map.of("models_selected", List.of("reference-model-" + random.nextInt(3)));
      case EXECUTOR -> Map.of("models_used", List.of("reference-model-" + random.nextInt(3)));
      case COMPILER -> Map.of("sections", 1 + random.nextInt(5));
      default -> Map.of();
    };
  }

  private double confidence(Random random) {
    double span = settings.confidenceMax() - settings.confidenceMin();
    return round(settings.confidenceMin() + span * random.nextDouble());
  }

  private static String answer(QueryClass queryClass, int agents, String prompt) {
    String head = prompt.length() > 120 ? prompt.substring(0, 120) + "…" : prompt;
    return "Simulated " + queryClass.wireName() + " answer from " + agents + " agents to: " + head;
  }

  static String id(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.ReasoningStep;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Groups a trace's steps by agent into one {@link AgentResult} per agent, in pipeline order. */
final class AgentResults {

  private AgentResults() {}

  static List<AgentResult> of(List<ReasoningStep> trace, List<Agent> expected) {
    Map<Agent, List<ReasoningStep>> byAgent = new EnumMap<>(Agent.class);
    for (ReasoningStep step : trace) {
      Agent.fromWire(String.valueOf(step.agentType()))
          .ifPresent(a -> byAgent.computeIfAbsent(a, k -> new ArrayList<>()).add(step));
    }
    List<AgentResult> results = new ArrayList<>();
    for (Agent agent : Agent.values()) {
      List<ReasoningStep> steps = byAgent.get(agent);
      if (steps != null) {
        results.add(combine(agent, expected.contains(agent), steps));
      } else if (expected.contains(agent)) {
        results.add(AgentResult.missing(agent));
      }
    }
    return results;
  }

  /** An agent that ran more than once: times and context add up, the worst grade counts. */
  private static AgentResult combine(Agent agent, boolean expected, List<ReasoningStep> steps) {
    boolean success = true;
    double time = 0;
    int context = 0;
    double confidence = 0;
    OutputQuality quality = OutputQuality.EXCELLENT;
    for (ReasoningStep s : steps) {
      success &= Boolean.TRUE.equals(s.success());
      time += s.executionTime() == null ? 0 : s.executionTime();
      context += s.contextUsed() == null ? 0 : s.contextUsed();
      confidence += s.confidenceScore() == null ? 0 : s.confidenceScore();
      OutputQuality q = QualityRules.grade(agent, s);
      quality = q.compareTo(quality) > 0 ? q : quality;
    }
    return new AgentResult(
        agent, expected, true, success, time, context, confidence / steps.size(), quality);
  }
}

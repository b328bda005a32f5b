package io.nwtn.stress.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a reasoning trace says about the pipeline: which expected agents ran, whether they ran in
 * pipeline order, and whether the {@code upstream_step_id} links form one chain from the first step
 * to the last.
 */
public record TraceAnalysis(
    List<Agent> agentsRun,
    List<String> unknownAgents,
    List<Agent> missingAgents,
    List<Agent> failedAgents,
    boolean inPipelineOrder,
    boolean chainWhole,
    int contextUsedBySteps) {

  /**
   * Whether the trace shows the whole pipeline working: every expected agent ran, no agent failed,
   * the agents ran in pipeline order and the data-flow chain is unbroken.
   */
  public boolean intact() {
    return missingAgents.isEmpty() && failedAgents.isEmpty() && inPipelineOrder && chainWhole;
  }

  /** Analyses a trace against the agents a query class expects. */
  public static TraceAnalysis of(List<ReasoningStep> trace, List<Agent> expected) {
    List<Agent> run = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    List<Agent> failed = new ArrayList<>();
    int context = 0;
    for (ReasoningStep step : trace) {
      Optional<Agent> agent = Agent.fromWire(String.valueOf(step.agentType()));
      agent.ifPresentOrElse(run::add, () -> unknown.add(String.valueOf(step.agentType())));
      if (agent.isPresent() && !Boolean.TRUE.equals(step.success())) {
        failed.add(agent.get());
      }
      context += step.contextUsed() == null ? 0 : step.contextUsed();
    }
    List<Agent> missing = new ArrayList<>(expected);
    missing.removeAll(run);
    return new TraceAnalysis(
        List.copyOf(run),
        List.copyOf(unknown),
        List.copyOf(missing),
        List.copyOf(failed),
        inOrder(run),
        chainWhole(trace),
        context);
  }

  private static boolean inOrder(List<Agent> run) {
    for (int i = 1; i < run.size(); i++) {
      if (run.get(i).ordinal() <= run.get(i - 1).ordinal()) {
        return false;
      }
    }
    return true;
  }

  /** The first step names no upstream; every later step names the step just before it. */
  private static boolean chainWhole(List<ReasoningStep> trace) {
    if (trace.isEmpty()) {
      return false;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < trace.size(); i++) {
      ReasoningStep step = trace.get(i);
      if (step.stepId() == null || !ids.add(step.stepId())) {
        return false;
      }
      String upstream = step.upstreamStepId();
      String expectedUpstream = i == 0 ? null : trace.get(i - 1).stepId();
      if (expectedUpstream == null ? upstream != null : !expectedUpstream.equals(upstream)) {
        return false;
      }
    }
    return true;
  }
}

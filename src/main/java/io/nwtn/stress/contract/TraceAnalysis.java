package io.nwtn.stress.contract;

import java.util.ArrayList;
import java.util.List;

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
    List<Agent> run = new ArrayList<>(trace.size());
    List<String> unknown = List.of();
    List<Agent> failed = List.of();
    int context = 0;
    for (ReasoningStep step : trace) {
      String name = String.valueOf(step.agentType());
      Agent agent = Agent.ofWire(name);
      if (agent == null) {
        unknown = added(unknown, name);
      } else {
        run.add(agent);
        if (!Boolean.TRUE.equals(step.success())) {
          failed = added(failed, agent);
        }
      }
      context += step.contextUsed() == null ? 0 : step.contextUsed();
    }
    List<Agent> missing = List.of();
    for (Agent agent : expected) {
      if (!run.contains(agent)) {
        missing = added(missing, agent);
      }
    }
    return new TraceAnalysis(
        List.copyOf(run),
        List.copyOf(unknown),
        List.copyOf(missing),
        List.copyOf(failed),
        inOrder(run),
        chainWhole(trace),
        context);
  }

  /** {@code list} with {@code e} added: a new list only once there is something to add. */
  private static <T> List<T> added(List<T> list, T e) {
    List<T> out = list.isEmpty() ? new ArrayList<>(2) : list;
    out.add(e);
    return out;
  }

  private static boolean inOrder(List<Agent> run) {
    for (int i = 1; i < run.size(); i++) {
      if (run.get(i).ordinal() <= run.get(i - 1).ordinal()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first step names no upstream; every later step names the step just before it; no step id
   * repeats (a trace holds a handful of steps, so each is compared with those before it).
   */
  private static boolean chainWhole(List<ReasoningStep> trace) {
    if (trace.isEmpty()) {
      return false;
    }
    for (int i = 0; i < trace.size(); i++) {
      ReasoningStep step = trace.get(i);
      String id = step.stepId();
      if (id == null) {
        return false;
      }
      for (int j = 0; j < i; j++) {
        if (id.equals(trace.get(j).stepId())) {
          return false;
        }
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

package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;

/**
 * What one agent did in one run: whether it ran and succeeded, and its time, context, confidence
 * and graded output. An expected agent that did not run is listed with {@code executed} false.
 *
 * @param executionTime seconds, summed over the agent's steps
 * @param confidence the mean confidence of the agent's steps (0 when it did not run)
 */
public record AgentResult(
    Agent agent,
    boolean expected,
    boolean executed,
    boolean success,
    double executionTime,
    int contextUsed,
    double confidence,
    OutputQuality quality) {

  /** An expected agent that does not appear in the trace. */
  static AgentResult missing(Agent agent) {
    return new AgentResult(agent, true, false, false, 0, 0, 0, OutputQuality.POOR);
  }
}

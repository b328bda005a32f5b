package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One agent over every run that expected it or saw it run. Times are in seconds; the percentile
 * comes from the full distribution of the agent's execution times (microsecond resolution).
 *
 * @param listed runs where the agent was expected or ran
 * @param executed runs where it ran
 * @param successful runs where it ran and succeeded
 * @param avgExecutionTime mean over the runs where it ran
 * @param avgConfidence mean over the runs where it ran
 */
public record AgentSummary(
    Agent agent,
    int listed,
    int executed,
    int successful,
    double avgExecutionTime,
    double p95ExecutionTime,
    double maxExecutionTime,
    double avgConfidence,
    Map<OutputQuality, Integer> qualityDistribution) {

  private static final double MICROS = 1e6;

  public AgentSummary {
    qualityDistribution = Map.copyOf(qualityDistribution);
  }

  /** Successful runs over listed runs; a missing agent counts as a failure. */
  public double successRate() {
    return listed == 0 ? 0 : (double) successful / listed;
  }

  /** Runs where an expected agent did not run. */
  public int missing() {
    return listed - executed;
  }

  /** Summarises one agent over all runs; {@code listed} is 0 when no run involved it. */
  public static AgentSummary of(Agent agent, List<RunResult> runs) {
    List<AgentResult> results =
        runs.stream().flatMap(r -> r.agents().stream()).filter(a -> a.agent() == agent).toList();
    Histogram times = new Histogram(3);
    double timeSum = 0;
    double confidenceSum = 0;
    int executed = 0;
    int successful = 0;
    Map<OutputQuality, Integer> quality = new EnumMap<>(OutputQuality.class);
    for (OutputQuality q : OutputQuality.values()) {
      quality.put(q, 0);
    }
    for (AgentResult a : results) {
      quality.merge(a.quality(), 1, Integer::sum);
      if (a.executed()) {
        executed++;
        successful += a.success() ? 1 : 0;
        timeSum += a.executionTime();
        confidenceSum += a.confidence();
        times.recordValue(Math.max(0, Math.round(a.executionTime() * MICROS)));
      }
    }
    return new AgentSummary(
        agent,
        results.size(),
        executed,
        successful,
        executed == 0 ? 0 : timeSum / executed,
        times.getValueAtPercentile(95) / MICROS,
        times.getMaxValue() / MICROS,
        executed == 0 ? 0 : confidenceSum / executed,
        quality);
  }
}

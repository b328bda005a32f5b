package io.nwtn.stress.settings;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import java.time.Duration;
import java.util.List;

/**
 * One agent pipeline validation scenario of the contract: the query class it sends, the agents that
 * must run, the time the whole answer may take, the FTNS allocated and the prompts it sends (run i
 * sends prompt i modulo their number).
 */
public record ValidationScenario(
    String name,
    QueryClass queryClass,
    List<Agent> expectedAgents,
    Duration timeLimit,
    int contextAllocation,
    List<String> prompts) {

  public ValidationScenario {
    expectedAgents = List.copyOf(expectedAgents);
    prompts = List.copyOf(prompts);
  }

  /** The prompt of a run, counting runs from 1. */
  public String prompt(int run) {
    return prompts.get((run - 1) % prompts.size());
  }

  /** The time limit in seconds, as the report shows it. */
  public double timeLimitSeconds() {
    return timeLimit.toNanos() / 1e9;
  }
}

package io.nwtn.stress.contract;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three query classes of the Phase 1 workload, as the contract's table defines them: the agents
 * expected to run, the target time and the FTNS context allocated to each query. The traffic share
 * is a setting, not a constant, so it lives in the load settings.
 */
public enum QueryClass {
  SIMPLE("simple", List.of(Agent.ARCHITECT, Agent.EXECUTOR), Duration.ofSeconds(1), 50),
  MEDIUM(
      "medium",
      List.of(Agent.ARCHITECT, Agent.ROUTER, Agent.EXECUTOR, Agent.COMPILER),
      Duration.ofSeconds(5),
      100),
  COMPLEX("complex", Agent.PIPELINE, Duration.ofSeconds(15), 200);

  /** Looked up on every request, so a map rather than a scan of {@code values()}. */
  private static final Map<String, QueryClass> BY_WIRE_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(v -> v.wireName, Function.identity()));

  private final String wireName;
  private final List<Agent> expectedAgents;
  private final Duration targetTime;
  private final int contextAllocation;

  QueryClass(
      String wireName, List<Agent> expectedAgents, Duration targetTime, int contextAllocation) {
    this.wireName = wireName;
    this.expectedAgents = expectedAgents;
    this.targetTime = targetTime;
    this.contextAllocation = contextAllocation;
  }

  /** The name used on the wire, in {@code preferences.complexity}. */
  public String wireName() {
    return wireName;
  }

  /**
   * The fixed name of this class's requests in {@code simulation.log}, e.g. {@code simple query}: a
   * stable report key.
   */
  public String requestName() {
    return wireName + " query";
  }

  /** The agents the contract expects for this class, in pipeline order. */
  public List<Agent> expectedAgents() {
    return expectedAgents;
  }

  /** The contract's target response time for this class. */
  public Duration targetTime() {
    return targetTime;
  }

  /** FTNS allocated to a query of this class. */
  public int contextAllocation() {
    return contextAllocation;
  }

  /** The class of a wire name, or empty for a name the contract does not know. */
  public static Optional<QueryClass> fromWire(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(BY_WIRE_NAME.get(name));
  }

  @Override
  public String toString() {
    return wireName;
  }
}

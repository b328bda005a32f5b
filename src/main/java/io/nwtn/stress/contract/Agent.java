package io.nwtn.stress.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An agent of the NWTN pipeline, in pipeline order. A trace may skip agents but never reorders
 * them. PRSM also knows the two candidate agents; a client accepts and reports them, and they sit
 * between router and executor in order.
 */
public enum Agent {
  ARCHITECT("architect"),
  PROMPTER("prompter"),
  ROUTER("router"),
  CANDIDATE_GENERATOR("candidate_generator"),
  CANDIDATE_EVALUATOR("candidate_evaluator"),
  EXECUTOR("executor"),
  COMPILER("compiler");

  /** The five agents of the Phase 1 pipeline, in order. */
  public static final List<Agent> PIPELINE =
      List.of(ARCHITECT, PROMPTER, ROUTER, EXECUTOR, COMPILER);

  /** Looked up on every answer, so a map rather than a scan of {@code values()}. */
  private static final Map<String, Agent> BY_WIRE_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(v -> v.wireName, Function.identity()));

  private final String wireName;

  Agent(String wireName) {
    this.wireName = wireName;
  }

  /** The name used on the wire, in {@code agent_type}. */
  public String wireName() {
    return wireName;
  }

  /** The agent of a wire name, or empty for a name the contract does not know. */
  public static Optional<Agent> fromWire(String name) {
    return Optional.ofNullable(ofWire(name));
  }

  /** {@link #fromWire} without the {@code Optional}, for every step of every answer: or null. */
  public static Agent ofWire(String name) {
    return name == null ? null : BY_WIRE_NAME.get(name);
  }

  @Override
  public String toString() {
    return wireName;
  }
}

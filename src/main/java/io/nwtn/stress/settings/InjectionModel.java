package io.nwtn.stress.settings;

/** How virtual users are injected. */
public enum InjectionModel {
  /** A fixed population of users, each looping query and think time (the Phase 1 workload). */
  CLOSED,
  /**
   * Users arrive at a rate and send one query each. New arrivals do not wait for slow answers, so
   * the measured latency is free of coordinated omission.
   */
  OPEN
}

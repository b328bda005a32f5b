package io.nwtn.stress.recording;

import io.nwtn.stress.contract.InjectedRequest;

/**
 * Takes what a running simulation sees from Gatling's threads: every Phase 1 answer, and, for sinks
 * that want them, users arriving and leaving and the injected bad requests. Implementations must
 * never block.
 */
@FunctionalInterface
public interface SampleSink {

  /** A sink that drops every sample. */
  SampleSink NONE = sample -> {};

  void accept(SessionSample sample);

  /** A virtual user started, at {@code epochMs}. */
  default void userStarted(long epochMs) {}

  /** A virtual user ended, at {@code epochMs}. */
  default void userEnded(long epochMs) {}

  /**
   * An injected bad request ended (it is kept out of Gatling's statistics, so this is its only
   * record).
   *
   * @param ok whether it was rejected as documented, in time
   * @param responseTimeMs its response time as Gatling times a request, or the time until Gatling
   *     gave it up when no answer came
   * @param failure Gatling's message for a request that was not ok, {@code null} if unknown
   */
  default void injectedRequest(
      InjectedRequest kind, boolean ok, long responseTimeMs, String failure) {}

  /** Both sinks, {@code first} first, each receiving everything. */
  static SampleSink both(SampleSink first, SampleSink second) {
    if (first == NONE) {
      return second;
    }
    if (second == NONE) {
      return first;
    }
    return new SampleSink() {
      @Override
      public void accept(SessionSample sample) {
        first.accept(sample);
        second.accept(sample);
      }

      @Override
      public void userStarted(long epochMs) {
        first.userStarted(epochMs);
        second.userStarted(epochMs);
      }

      @Override
      public void userEnded(long epochMs) {
        first.userEnded(epochMs);
        second.userEnded(epochMs);
      }

      @Override
      public void injectedRequest(
          InjectedRequest kind, boolean ok, long responseTimeMs, String failure) {
        first.injectedRequest(kind, ok, responseTimeMs, failure);
        second.injectedRequest(kind, ok, responseTimeMs, failure);
      }
    };
  }
}

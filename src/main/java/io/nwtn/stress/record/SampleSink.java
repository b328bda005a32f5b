package io.nwtn.stress.record;

/** Takes session samples from Gatling's threads; implementations must never block. */
@FunctionalInterface
public interface SampleSink {

  /** A sink that drops every sample. */
  SampleSink NONE = sample -> {};

  void accept(SessionSample sample);
}

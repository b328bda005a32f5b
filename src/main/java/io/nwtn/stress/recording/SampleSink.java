package io.nwtn.stress.recording;

/** Takes session samples from Gatling's threads; implementations must never block. */
@FunctionalInterface
public interface SampleSink {

  /** A sink that drops every sample. */
  SampleSink NONE = sample -> {};

  void accept(SessionSample sample);
}

package io.nwtn.stress.recording;

/**
 * Where a running simulation sends its samples. Gatling instantiates simulations itself, so the
 * sink of the current run is held here rather than passed in.
 */
public final class Recording {

  private static volatile SampleSink sink = SampleSink.NONE;

  private Recording() {}

  /** The sink of the current run ({@link SampleSink#NONE} when nothing records). */
  public static SampleSink sink() {
    return sink;
  }

  /** Installs the sink of the run that is starting. */
  public static void install(SampleSink newSink) {
    sink = newSink == null ? SampleSink.NONE : newSink;
  }
}

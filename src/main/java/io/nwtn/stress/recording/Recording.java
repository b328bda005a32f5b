package io.nwtn.stress.recording;

/**
 * Where a running simulation sends its samples, and whether its load is to stop. Gatling
 * instantiates simulations itself, so the sink of the current run is held here rather than passed
 * in.
 */
public final class Recording {

  private static volatile SampleSink sink = SampleSink.NONE;
  private static volatile boolean stopping;

  private Recording() {}

  /** The sink of the current run ({@link SampleSink#NONE} when nothing records). */
  public static SampleSink sink() {
    return sink;
  }

  /** Installs the sink of the run that is starting. */
  public static void install(SampleSink newSink) {
    sink = newSink == null ? SampleSink.NONE : newSink;
  }

  /**
   * Asks the load to stop: no user sends another request, so that what is in flight is all that is
   * left to answer (a run interrupted by Ctrl-C).
   */
  public static void stopLoad() {
    stopping = true;
  }

  /** Whether the load was asked to stop; the simulation's users check it before every request. */
  public static boolean loadStopped() {
    return stopping;
  }

  /** A new run starts with its load going. */
  static void resetStop() {
    stopping = false;
  }
}

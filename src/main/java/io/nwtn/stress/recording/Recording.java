package io.nwtn.stress.recording;

import java.util.Optional;

/**
 * Where a running simulation sends its samples, and whether its load is to stop. Gatling
 * instantiates simulations itself, so the sink of the current run is held here rather than passed
 * in.
 */
public final class Recording {

  private static volatile SampleSink sink = SampleSink.NONE;
  private static volatile GatlingFailureLog failureLog;
  private static volatile boolean stopping;
  private static volatile Sidecar.EarlyStop earlyStop;
  private static volatile boolean frozen;

  private Recording() {}

  /**
   * The sink of the current run ({@link SampleSink#NONE} when nothing records, or once Gatling's
   * stop was executed for an early stop).
   */
  public static SampleSink sink() {
    return frozen ? SampleSink.NONE : sink;
  }

  /** Installs the sink of the run that is starting. */
  public static void install(SampleSink newSink) {
    frozen = false;
    sink = newSink == null ? SampleSink.NONE : newSink;
  }

  /**
   * Nothing more is recorded: called as a user executes Gatling's stop for an early stop. An answer
   * still in flight then may reach {@code simulation.log}, never the sidecar alone, so the log
   * stays the fuller source and the reports stay complete.
   */
  public static void freeze() {
    if (stoppingEarly()) {
      frozen = true;
    }
  }

  /**
   * The category of the request that user {@code userId} just sent and that got no answer ({@code
   * timeout}, {@code connection_refused}, {@code connection_reset}, else {@code check_failed}), as
   * the reports name it from Gatling's message; {@code null} when not known. Call it on the thread
   * Gatling runs the user on, right after the request.
   */
  public static String noAnswerCategory(long userId) {
    GatlingFailureLog log = failureLog;
    return log == null ? null : log.take(userId);
  }

  /**
   * Gatling's message for the request that user {@code userId} just sent and that failed, as it
   * would stand in {@code simulation.log}; {@code null} when not known. Call it on the thread
   * Gatling runs the user on, right after the request.
   */
  public static String failureMessage(long userId) {
    GatlingFailureLog log = failureLog;
    return log == null ? null : log.takeMessage(userId);
  }

  static void failureLog(GatlingFailureLog log) {
    failureLog = log;
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

  /**
   * Asks Gatling to end the run early because a requirement can no longer be met: the next user to
   * check executes Gatling's stop action, and Gatling then ends as usual. The first reason given is
   * kept.
   */
  public static synchronized void stopEarly(Sidecar.EarlyStop reason) {
    if (earlyStop == null) {
      earlyStop = reason;
    }
  }

  /** Why the run is being stopped early, if it is. */
  public static Optional<Sidecar.EarlyStop> earlyStop() {
    return Optional.ofNullable(earlyStop);
  }

  /** Whether the users are to execute Gatling's stop action (checked before every request). */
  public static boolean stoppingEarly() {
    return earlyStop != null;
  }

  /** A new run starts with its load going. */
  static synchronized void resetStop() {
    stopping = false;
    earlyStop = null;
  }
}

package io.nwtn.stress.recording;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Gatling's message for a request that got no answer (timeout, refused or reset connection), which
 * the simulation's chain cannot see: Gatling 3.15.1 hands it to {@code simulation.log} and to one
 * debug line of {@value #LOGGER} ({@value #SILENT_LOGGER} for a request kept out of the
 * statistics), {@value #FAILED}, written on the user's thread just before the chain goes on. This
 * Logback turbo filter reads that line's arguments as it is asked for, keeps the message for the
 * thread until the simulation records the request (which takes its category, {@link
 * TransportFailure#ofNoAnswer}), and lets nothing be logged: not the line, nor the request dump
 * Gatling would build after it (unless that logger's debug output was asked for, which then goes on
 * as configured).
 *
 * <p>Without Logback, or should Gatling change the line, nothing is captured and such failures are
 * recorded as {@code no_answer}; the live-monitoring test against a target with timeouts and
 * refused connections shows it.
 */
final class GatlingFailureLog extends TurboFilter {

  static final String LOGGER = "io.gatling.http.engine.response.DefaultStatsProcessor";

  /** The same line's logger for a request kept out of Gatling's statistics ({@code silent()}). */
  static final String SILENT_LOGGER = "io.gatling.http.engine.response.NoopStatsProcessor$";

  static final String FAILED = "Request '{}' failed for user {}: {}";

  /** The last failure on a thread: the user and Gatling's message. */
  private record Failure(long userId, String message) {}

  private final ThreadLocal<Failure> last = new ThreadLocal<>();
  // set between the failure line and Gatling's next isDebugEnabled(), which guards the dump
  private final ThreadLocal<Boolean> afterLine = ThreadLocal.withInitial(() -> Boolean.FALSE);
  private final LoggerContext context;
  private final Logger target;
  private final Logger silentTarget;
  private final boolean passThrough;
  private final boolean silentPassThrough;

  private GatlingFailureLog(LoggerContext context) {
    this.context = context;
    this.target = context.getLogger(LOGGER);
    this.silentTarget = context.getLogger(SILENT_LOGGER);
    // the configured level, whatever a turbo filter would say
    this.passThrough = target.getEffectiveLevel().toInt() <= Level.DEBUG_INT;
    this.silentPassThrough = silentTarget.getEffectiveLevel().toInt() <= Level.DEBUG_INT;
  }

  /**
   * Starts capturing, in place of the filter of an earlier run in this JVM that was never stopped
   * (a run interrupted in a test); empty when the logging backend is not Logback.
   */
  static java.util.Optional<GatlingFailureLog> install() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return java.util.Optional.empty();
    }
    context.getTurboFilterList().removeIf(f -> f instanceof GatlingFailureLog);
    GatlingFailureLog filter = new GatlingFailureLog(context);
    filter.setName("nwtn-gatling-failures");
    filter.start();
    context.addTurboFilter(filter);
    return java.util.Optional.of(filter);
  }

  /** Stops capturing. */
  void uninstall() {
    context.getTurboFilterList().remove(this);
    stop();
  }

  /**
   * The category of user {@code userId}'s failure just seen on this thread ({@link
   * TransportFailure#ofNoAnswer}), once; else null.
   */
  String take(long userId) {
    String message = takeMessage(userId);
    return message == null ? null : TransportFailure.ofNoAnswer(message);
  }

  /**
   * Gatling's message for user {@code userId}'s failure just seen on this thread, once; else null.
   */
  String takeMessage(long userId) {
    Failure f = last.get();
    last.remove();
    return f != null && f.userId() == userId ? f.message() : null;
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger != target && logger != silentTarget || level != Level.DEBUG) {
      return FilterReply.NEUTRAL;
    }
    boolean passThrough = logger == target ? this.passThrough : silentPassThrough;
    if (FAILED.equals(format)) {
      capture(params);
      afterLine.set(!passThrough);
      return passThrough ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
    if (passThrough) {
      return FilterReply.NEUTRAL;
    }
    if (format == null && !afterLine.get()) {
      return FilterReply.ACCEPT; // isDebugEnabled() before the line: let Gatling write it to us
    }
    afterLine.set(false);
    return FilterReply.DENY; // the check before the dump, or the dump itself
  }

  private void capture(Object[] params) {
    if (params != null && params.length == 3 && params[1] instanceof Long userId) {
      last.set(new Failure(userId, String.valueOf(params[2])));
    }
  }
}

package io.nwtn.stress.logfile;

import java.util.List;

/**
 * One record of a Gatling {@code simulation.log} after the header; times are epoch milliseconds.
 */
public sealed interface LogRecord {

  /** A request and its outcome; {@code message} is empty for an OK request. */
  record Request(
      List<String> groups,
      String name,
      long startEpochMs,
      long endEpochMs,
      boolean ok,
      String message)
      implements LogRecord {

    /** The response time Gatling reports: end minus start. */
    public long responseTimeMs() {
      return endEpochMs - startEpochMs;
    }
  }

  /** A virtual user starting or ending. The log carries no user id, only the scenario. */
  record User(String scenario, boolean start, long epochMs) implements LogRecord {}

  /** A group ending. */
  record Group(
      List<String> groups,
      long startEpochMs,
      long endEpochMs,
      int cumulatedResponseTimeMs,
      boolean ok)
      implements LogRecord {}

  /** An error raised outside a request (a crashed check, a failed feeder, ...). */
  record Error(String message, long epochMs) implements LogRecord {}
}

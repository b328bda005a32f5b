package io.nwtn.stress.logfile;

/** Receives the records of a {@code simulation.log} in file order, one at a time. */
public interface LogVisitor {

  /** Called once, before any record. */
  default void header(LogHeader header) {}

  default void request(LogRecord.Request request) {}

  default void user(LogRecord.User user) {}

  default void group(LogRecord.Group group) {}

  default void error(LogRecord.Error error) {}
}

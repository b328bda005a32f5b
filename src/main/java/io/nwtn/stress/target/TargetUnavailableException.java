package io.nwtn.stress.target;

/** The target cannot take the load; the message is one line that says what to do. */
public final class TargetUnavailableException extends RuntimeException {

  public TargetUnavailableException(String message) {
    super(message);
  }
}

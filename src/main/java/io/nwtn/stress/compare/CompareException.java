package io.nwtn.stress.compare;

/** Bad input to the comparison: the message is one line that says what, where and what to do. */
public final class CompareException extends Exception {

  public CompareException(String message) {
    super(message);
  }

  public CompareException(String message, Throwable cause) {
    super(message, cause);
  }
}

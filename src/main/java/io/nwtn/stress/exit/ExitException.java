package io.nwtn.stress.exit;

/** A problem that stops the reports, with the one line a person sees and the exit code it means. */
public final class ExitException extends RuntimeException {

  private final int exitCode;

  public ExitException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public ExitException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}

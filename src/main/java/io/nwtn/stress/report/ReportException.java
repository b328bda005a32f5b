package io.nwtn.stress.report;

/** A problem that stops the reports, with the one line a person sees and the exit code it means. */
public final class ReportException extends RuntimeException {

  private final int exitCode;

  public ReportException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public ReportException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}

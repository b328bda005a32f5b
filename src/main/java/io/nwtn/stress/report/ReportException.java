package io.nwtn.stress.report;

import io.nwtn.stress.run.ExitStatus;

/** A problem that stops the reports, with the one line a person sees and the exit code it means. */
public final class ReportException extends RuntimeException {

  static final int BAD_INPUT = ExitStatus.BAD_INPUT;
  static final int ERROR = ExitStatus.ERROR;

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

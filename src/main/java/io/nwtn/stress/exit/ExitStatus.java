package io.nwtn.stress.exit;

/**
 * The exit codes of every command of the suite, documented in the README: the Gatling runs, the
 * standalone report, the merge, the comparison and the dashboard.
 */
public final class ExitStatus {

  /** The verdict was PASSED (or the work succeeded). */
  public static final int OK = 0;

  /** The verdict was FAILED: a requirement or a validation scenario was not met. */
  public static final int FAILED = 1;

  /** Bad settings or input: nothing was measured. */
  public static final int BAD_INPUT = 2;

  /** The run or the post-processing broke (target unreachable, unreadable log, I/O error). */
  public static final int ERROR = 3;

  private ExitStatus() {}
}

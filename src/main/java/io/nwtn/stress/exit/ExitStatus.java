package io.nwtn.stress.exit;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Lets a simulation decide the exit code of the Gatling JVM after Gatling is done.
 *
 * <p>Gatling writes its HTML report and closes {@code simulation.log} only after the simulation's
 * {@code after()} hook, then calls {@code System.exit}. Throwing from {@code after()} would lose
 * the report, so the suite's post-processing runs in a shutdown hook instead: it sees the finished
 * log and report, and when its verdict is a failure it ends the JVM with {@link Runtime#halt(int)}
 * so that the forked Gatling process, and with it {@code mvn gatling:test}, exits non-zero.
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

  private static final AtomicBoolean REGISTERED = new AtomicBoolean();

  private ExitStatus() {}

  /**
   * Registers, once per JVM, the work that decides the exit code when the JVM exits. A non-zero
   * code halts the JVM with that code; zero leaves Gatling's own exit code in place.
   */
  public static void decideOnExit(String name, IntSupplier work) {
    if (!REGISTERED.compareAndSet(false, true)) {
      throw new IllegalStateException("an exit decision is already registered");
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  int code = work.getAsInt();
                  System.out.flush();
                  System.err.flush();
                  if (code != OK) {
                    Runtime.getRuntime().halt(code);
                  }
                },
                name));
  }
}

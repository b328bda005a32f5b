package io.nwtn.stress.launch;

import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.report.ReportMain;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The one place that decides how a run of the suite ends: with its verdict as the exit code, after
 * Gatling's own HTML report.
 *
 * <p>Gatling writes its report and closes {@code simulation.log} only after the simulation's {@code
 * after()}, and offers no hook after that; throwing from {@code after()} would lose the report. So
 * a simulation hands over, in {@code before()}, the work that judges the finished run ({@link
 * #afterGatling}): it writes the NWTN reports and returns a {@link Decision}. Two ways of running
 * Gatling can run that work, and only those are allowed:
 *
 * <ul>
 *   <li><b>Gatling's own main</b> in its own JVM ({@code mvn gatling:test} forks one; scripts and
 *       tests start {@code java ... io.gatling.app.Gatling}). Gatling's main ends with {@code
 *       System.exit}; a shutdown hook then runs the work and ends the JVM with {@link
 *       Runtime#halt}: with the verdict's code when it is not 0, and with 0 when the run PASSED and
 *       Gatling's report was written, so that Gatling's t-digest assertions never overrule the
 *       exact verdict. Otherwise (a crashed run) Gatling's own code stands. The Maven plugin turns
 *       a non-zero code into a build failure.
 *   <li><b>In this JVM</b> through {@link #runInThisJvm}: the same work runs when Gatling returns,
 *       and the same code is returned.
 * </ul>
 *
 * Any other host (Gatling inside Maven's JVM with {@code -Dgatling.sameProcess=true}, or a program
 * calling Gatling itself) is refused before any load with one line and exit code 2: nothing there
 * would write the reports or pass the verdict on.
 */
public final class ExitPath {

  /**
   * What a finished run asks of the exit code.
   *
   * @param code the verdict's exit code ({@link ExitStatus})
   * @param gatlingReportWritten whether Gatling's HTML report of the run exists
   */
  public record Decision(int code, boolean gatlingReportWritten) {}

  /** A Gatling run started by {@link #runInThisJvm}, while it runs. */
  private record InThisJvm(long startedAtMs, Optional<Path> resultsFolder, boolean judge) {}

  private static final AtomicReference<Supplier<Decision>> PENDING = new AtomicReference<>();
  private static final AtomicReference<InThisJvm> IN_THIS_JVM = new AtomicReference<>();

  private ExitPath() {}

  /**
   * Hands over the work that judges the run once Gatling is done; call it from {@code before()},
   * before any load. Stops the run with one line when this JVM cannot run that work.
   *
   * @param name the shutdown hook thread's name
   */
  public static void afterGatling(String name, Supplier<Decision> judge) {
    requireSupportedHost();
    if (IN_THIS_JVM.get() != null) {
      PENDING.set(judge);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> halt(judgeSafely(judge)), name));
  }

  /** Whether Gatling's own {@code main} launched this JVM, as {@code mvn gatling:test}'s fork. */
  public static boolean isGatlingMainJvm() {
    return GatlingProcess.current().isGatlingMain();
  }

  /**
   * Stops the run with one line (exit code 2) unless this JVM can pass a verdict on: call it first
   * thing, before the settings are read, so that the line names the real problem.
   */
  public static void requireSupportedHost() {
    GatlingProcess process = GatlingProcess.current();
    if (IN_THIS_JVM.get() == null && !process.isGatlingMain()) {
      throw RunConsole.stop(refusal(process), ExitStatus.BAD_INPUT);
    }
  }

  /**
   * Runs Gatling with {@code gatlingArgs} in this JVM, then the work its simulation handed over,
   * and returns the code a JVM of Gatling's own main would have exited with.
   */
  public static int runInThisJvm(String... gatlingArgs) {
    int gatling = gatlingInThisJvm(gatlingArgs, true);
    Supplier<Decision> judge = PENDING.getAndSet(null);
    return judge == null ? gatling : code(judgeSafely(judge), gatling);
  }

  /**
   * Runs Gatling in this JVM and returns Gatling's own code, without a verdict: for a run judged
   * elsewhere, such as one injector's share, which the merge judges.
   */
  public static int runInThisJvmWithoutVerdict(String... gatlingArgs) {
    int gatling = gatlingInThisJvm(gatlingArgs, false);
    PENDING.set(null);
    return gatling;
  }

  /**
   * The Gatling run folder of the run in progress: the newest folder with a {@code simulation.log}
   * created since it started, under the results folder Gatling was given (else {@code fallback}).
   */
  public static Optional<Path> currentRunFolder(Path fallback) {
    InThisJvm run = IN_THIS_JVM.get();
    long since =
        run != null ? run.startedAtMs() : ManagementFactory.getRuntimeMXBean().getStartTime();
    Path results =
        (run != null ? run.resultsFolder() : GatlingProcess.current().resultsFolder())
            .orElse(fallback);
    return ReportMain.newestRun(results).filter(dir -> dir.toFile().lastModified() >= since - 1000);
  }

  private static int gatlingInThisJvm(String[] args, boolean judge) {
    List<String> list = Arrays.asList(args);
    if (!IN_THIS_JVM.compareAndSet(
        null,
        new InThisJvm(System.currentTimeMillis(), GatlingProcess.resultsFolder(list), judge))) {
      throw new IllegalStateException("a Gatling run is already in progress in this JVM");
    }
    PENDING.set(null);
    try {
      return io.gatling.app.Gatling$.MODULE$.fromArgs(args);
    } finally {
      IN_THIS_JVM.set(null);
    }
  }

  private static Decision judgeSafely(Supplier<Decision> judge) {
    try {
      return judge.get();
    } catch (RuntimeException e) {
      System.err.println("nwtn report: " + e);
      return new Decision(ExitStatus.ERROR, false);
    }
  }

  /** The exit code: the verdict's, unless it PASSED without Gatling's report (a crashed run). */
  private static int code(Decision d, int gatlingCode) {
    if (d.code() != ExitStatus.OK) {
      return d.code();
    }
    return d.gatlingReportWritten() ? ExitStatus.OK : gatlingCode;
  }

  /**
   * Ends the JVM of Gatling's main. The live endpoint is closed first: its HTTP dispatcher waits in
   * native code, and HotSpot's exit waits up to 300 ms for such threads.
   */
  private static void halt(Decision d) {
    LiveMonitor.closeCurrent();
    System.out.flush();
    System.err.flush();
    if (d.code() != ExitStatus.OK || d.gatlingReportWritten()) {
      Runtime.getRuntime().halt(d.code());
    }
  }

  private static String refusal(GatlingProcess process) {
    if (Boolean.getBoolean("gatling.sameProcess") || process.isInsideMaven()) {
      return "-Dgatling.sameProcess=true runs Gatling inside Maven's JVM, where the NWTN reports"
          + " cannot set the exit code; run mvn gatling:test without it";
    }
    return "Gatling runs inside another program ("
        + process.mainClass()
        + "), where the NWTN reports cannot set the exit code; start Gatling's own main"
        + " (mvn gatling:test) or run it through ExitPath.runInThisJvm";
  }
}

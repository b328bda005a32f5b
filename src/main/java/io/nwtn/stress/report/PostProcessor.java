package io.nwtn.stress.report;

import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.analysis.FaultFindings;
import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.RequestFigures;
import io.nwtn.stress.analysis.RunLog;
import io.nwtn.stress.documents.ConsoleFigures;
import io.nwtn.stress.documents.StressConsole;
import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.verdict.RunReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Turns a finished Gatling run folder into the NWTN reports and a verdict: reads {@code
 * simulation.log} and the sidecar, writes the three reports atomically, prints the summary and
 * returns the exit code ({@link ExitStatus}). Used after a run and on its own by {@link
 * ReportMain}.
 */
public final class PostProcessor {

  private final CompletableFuture<ReportSettings> settings;
  private final boolean verbose;
  private final PrintStream out;
  private final PrintStream err;

  public PostProcessor(ReportSettings settings, PrintStream out, PrintStream err) {
    this(CompletableFuture.completedFuture(settings), settings.verbose(), out, err);
  }

  /**
   * A post-processor whose settings may still be loading: the log is read meanwhile, and a bad
   * setting still stops it before anything is written.
   *
   * @param verbose print the stack trace of an error under its one line
   */
  public PostProcessor(
      CompletableFuture<ReportSettings> settings,
      boolean verbose,
      PrintStream out,
      PrintStream err) {
    this.settings = settings;
    this.verbose = verbose;
    this.out = out;
    this.err = err;
  }

  /**
   * Reports on {@code runFolder}; the limits are the sidecar's, else {@code fallbackLimits}.
   *
   * @return {@link ExitStatus#OK} when PASSED, {@link ExitStatus#FAILED} when FAILED, {@link
   *     ExitStatus#BAD_INPUT} or {@link ExitStatus#ERROR} when no verdict could be reached, {@link
   *     ExitStatus#ERROR} also when the reports were written but marked incomplete
   */
  public int process(Path runFolder, Supplier<Limits> fallbackLimits) {
    Path outputDir = null;
    try {
      RunReport report = judge(runFolder, fallbackLimits, settings);
      ReportSettings s = Background.join(settings);
      outputDir = s.outputDir();
      List<Path> files = ReportOutput.write(report, outputDir, s.gatlingResults());
      StressConsole.print(report, files, out);
      Completeness completeness = report.faults().completeness();
      if (!completeness.complete()) {
        err.println(
            "nwtn report: INCOMPLETE, reports marked \"complete\": false: "
                + String.join("; ", completeness.reasons()));
        return ExitStatus.ERROR;
      }
      if (!report.passed()) {
        err.println("NWTN verdict FAILED: " + reasons(report));
      }
      return report.passed() ? ExitStatus.OK : ExitStatus.FAILED;
    } catch (ExitException e) {
      return fail(e.exitCode(), e.getMessage(), e);
    } catch (IOException e) {
      return fail(
          ExitStatus.ERROR,
          "cannot write the reports under " + outputDir + ": " + e.getMessage(),
          e);
    }
  }

  /** Reads and judges a run folder without writing anything. */
  public static RunReport judge(
      Path runFolder, Supplier<Limits> fallbackLimits, ReportSettings settings) {
    return judge(runFolder, fallbackLimits, CompletableFuture.completedFuture(settings));
  }

  /**
   * Reads and judges a run folder. The log is read on this thread from the start; the sidecar and
   * the limits are worked out meanwhile on the background thread, and the settings may still be
   * loading. A problem with them is reported before one with the log, as when they came first.
   */
  private static RunReport judge(
      Path runFolder, Supplier<Limits> fallbackLimits, CompletableFuture<ReportSettings> settings) {
    Path log = runFolder.resolve("simulation.log");
    if (!Files.isRegularFile(log)) {
      Background.join(settings);
      throw new ExitException(
          ExitStatus.BAD_INPUT,
          runFolder
              + ": no simulation.log; pass a Gatling run folder such as target/gatling/<run>");
    }
    CompletableFuture<Inputs> inputs =
        Background.supply(
            () -> {
              Optional<Sidecar> sidecar = SidecarFile.read(runFolder);
              return new Inputs(sidecar, sidecar.map(Sidecar::limits).orElseGet(fallbackLimits));
            });
    ReportOutput.prepareInBackground();
    LogAnalysis analysis = new LogAnalysis(inputs.thenApply(i -> i.limits().rampUpMs()));
    RunLog runLog = RunLog.of(analysis);
    String logCut;
    try {
      logCut = read(log, runLog, Completeness.marked(runFolder));
    } catch (ExitException e) {
      Background.join(settings);
      Background.join(inputs);
      throw e;
    }
    ReportSettings reportSettings = Background.join(settings);
    Inputs in = Background.join(inputs);
    Optional<Sidecar> sidecar = in.sidecar();
    Limits limits = in.limits();
    Completeness completeness =
        Completeness.of(
            runFolder,
            runFolder.resolve(Sidecar.FILE_NAME),
            sidecar.isPresent(),
            logCut,
            analysis.total(),
            RequestFigures.answered(sidecar.orElse(null)));
    String name = runFolder.toAbsolutePath().normalize().getFileName().toString();
    return RunReport.of(
        name,
        analysis,
        sidecar.orElse(null),
        limits,
        reportSettings,
        FaultFindings.of(runLog, sidecar.orElse(null), limits.successRate(), completeness));
  }

  /** What the run folder holds beside the log, and the limits that follow from it. */
  private record Inputs(Optional<Sidecar> sidecar, Limits limits) {}

  /**
   * Reads the whole log into the visitor. The log of a run stopped early may end mid-record: then
   * the records before the cut count, and the cut is returned as a reason the run is incomplete.
   */
  private static String read(Path log, RunLog visitor, boolean stoppedEarly) {
    try {
      SimulationLogReader.read(log, visitor);
      return null;
    } catch (LogFormatException e) {
      if (stoppedEarly) {
        return e.getMessage() + " (the run was stopped early; records before it are reported)";
      }
      throw new ExitException(
          ExitStatus.ERROR,
          e.getMessage() + "; the run's log is unusable, rerun the simulation",
          e);
    } catch (IOException e) {
      throw new ExitException(ExitStatus.ERROR, log + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String reasons(RunReport report) {
    return String.join(
        "; ", report.compliance().failures().stream().map(ConsoleFigures::unmet).toList());
  }

  private int fail(int code, String message, Throwable cause) {
    err.println("nwtn report: " + message);
    if (verbose && cause != null) {
      cause.printStackTrace(err);
    }
    return code;
  }
}

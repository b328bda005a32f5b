package io.nwtn.stress.report;

import io.nwtn.stress.faults.Completeness;
import io.nwtn.stress.faults.FaultFindings;
import io.nwtn.stress.faults.FaultVisitor;
import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.run.ExitStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a finished Gatling run folder into the NWTN reports and a verdict: reads {@code
 * simulation.log} and the sidecar, writes the three reports atomically, prints the summary and
 * returns the exit code ({@link ExitStatus}). Used after a run and on its own by {@link
 * ReportMain}.
 */
public final class PostProcessor {

  private final ReportSettings settings;
  private final PrintStream out;
  private final PrintStream err;

  public PostProcessor(ReportSettings settings, PrintStream out, PrintStream err) {
    this.settings = settings;
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
    try {
      ReportFiles.prepareInBackground();
      RunReport report = judge(runFolder, fallbackLimits);
      List<Path> files = ReportFiles.write(report, settings.outputDir(), settings.gatlingResults());
      ConsoleSummary.print(report, files, out);
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
    } catch (ReportException e) {
      return fail(e.exitCode(), e.getMessage(), e);
    } catch (IOException e) {
      return fail(
          ExitStatus.ERROR,
          "cannot write the reports under " + settings.outputDir() + ": " + e.getMessage(),
          e);
    }
  }

  /** Reads and judges a run folder without writing anything. */
  public static RunReport judge(
      Path runFolder, Supplier<Limits> fallbackLimits, ReportSettings settings) {
    Path log = runFolder.resolve("simulation.log");
    if (!Files.isRegularFile(log)) {
      throw new ReportException(
          ExitStatus.BAD_INPUT,
          runFolder
              + ": no simulation.log; pass a Gatling run folder such as target/gatling/<run>");
    }
    Optional<Sidecar> sidecar = SidecarFile.read(runFolder);
    Limits limits = sidecar.map(Sidecar::limits).orElseGet(fallbackLimits);
    LogAnalysis analysis = new LogAnalysis(limits.rampUpMs());
    FaultVisitor faults = new FaultVisitor(analysis);
    String logCut = read(log, faults, Completeness.marked(runFolder));
    Completeness completeness =
        Completeness.of(
            runFolder,
            runFolder.resolve(Sidecar.FILE_NAME),
            sidecar.isPresent(),
            logCut,
            analysis.total(),
            sidecar.map(PostProcessor::answered).orElse(-1L));
    String name = runFolder.toAbsolutePath().normalize().getFileName().toString();
    return RunReport.of(
        name,
        analysis,
        sidecar.orElse(null),
        limits,
        settings,
        FaultFindings.of(faults, limits.successRate(), completeness));
  }

  /**
   * Reads the whole log into the visitor. The log of a run stopped early may end mid-record: then
   * the records before the cut count, and the cut is returned as a reason the run is incomplete.
   */
  private static String read(Path log, FaultVisitor visitor, boolean stoppedEarly) {
    try {
      SimulationLogReader.read(log, visitor);
      return null;
    } catch (LogFormatException e) {
      if (stoppedEarly) {
        return e.getMessage() + " (the run was stopped early; records before it are reported)";
      }
      throw new ReportException(
          ExitStatus.ERROR,
          e.getMessage() + "; the run's log is unusable, rerun the simulation",
          e);
    } catch (IOException e) {
      throw new ReportException(ExitStatus.ERROR, log + ": cannot read: " + e.getMessage(), e);
    }
  }

  private RunReport judge(Path runFolder, Supplier<Limits> fallbackLimits) {
    return judge(runFolder, fallbackLimits, settings);
  }

  /** The Phase 1 requests the sidecar saw, answered or not. */
  private static long answered(Sidecar sidecar) {
    return sidecar.classes() == null
        ? -1
        : sidecar.classes().values().stream().mapToLong(Sidecar.ClassRecord::count).sum();
  }

  private static String reasons(RunReport report) {
    return String.join(
        "; ",
        report.compliance().failures().stream()
            .map(
                c ->
                    c.requirement()
                        + " "
                        + ConsoleFigures.figure(c, c.measured())
                        + " (required "
                        + c.comparison()
                        + " "
                        + ConsoleFigures.figure(c, c.threshold())
                        + ")")
            .toList());
  }

  private int fail(int code, String message, Throwable cause) {
    err.println("nwtn report: " + message);
    if (settings.verbose() && cause != null) {
      cause.printStackTrace(err);
    }
    return code;
  }
}

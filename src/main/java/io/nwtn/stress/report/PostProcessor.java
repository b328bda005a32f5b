package io.nwtn.stress.report;

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
   *     ExitStatus#BAD_INPUT} or {@link ExitStatus#ERROR} when no verdict could be reached
   */
  public int process(Path runFolder, Supplier<Limits> fallbackLimits) {
    try {
      RunReport report = judge(runFolder, fallbackLimits);
      List<Path> files = ReportFiles.write(report, settings.outputDir());
      ConsoleSummary.print(report, files, out);
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
    try {
      SimulationLogReader.read(log, analysis);
    } catch (LogFormatException e) {
      throw new ReportException(
          ExitStatus.ERROR,
          e.getMessage() + "; the run's log is unusable, rerun the simulation",
          e);
    } catch (IOException e) {
      throw new ReportException(ExitStatus.ERROR, log + ": cannot read: " + e.getMessage(), e);
    }
    String name = runFolder.toAbsolutePath().normalize().getFileName().toString();
    return RunReport.of(name, analysis, sidecar.orElse(null), limits, settings);
  }

  private RunReport judge(Path runFolder, Supplier<Limits> fallbackLimits) {
    return judge(runFolder, fallbackLimits, settings);
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

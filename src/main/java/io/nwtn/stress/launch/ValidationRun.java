package io.nwtn.stress.launch;

import io.nwtn.stress.documents.RunInfo;
import io.nwtn.stress.documents.ValidationConsole;
import io.nwtn.stress.documents.ValidationDocument;
import io.nwtn.stress.documents.ValidationReportWriter;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.settings.MonitoringSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.ValidationSettings;
import io.nwtn.stress.validation.RunAnalyzer;
import io.nwtn.stress.validation.ScenarioRun;
import io.nwtn.stress.validation.ValidationReport;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The end of a validation run: analyse every run, write the report, print the summary and decide
 * the exit code ({@link ExitStatus#OK} when every scenario passed, {@link ExitStatus#FAILED} when
 * one failed, {@link ExitStatus#ERROR} when nothing ran or the report could not be written).
 */
public final class ValidationRun {

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("'validation-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private ValidationRun() {}

  /**
   * The settings of a validation run, read in a JVM that can pass the verdict on; a wrong setting
   * or an unsupported way of running stops the run with one line.
   */
  public static SuiteSettings settings() {
    ExitPath.requireSupportedHost();
    SuiteSettings suite = RunConsole.orStop(SuiteSettings::load);
    RunConsole.orStop(() -> MonitoringSettings.fromConfig(suite.config()));
    return suite;
  }

  /**
   * Serves the live endpoint of a validation run: its phase and the load generator's JVM (the
   * validation's own figures are in its report); call it from {@code before()}.
   */
  public static void monitor(SuiteSettings suite) {
    LiveMonitor monitor = RunConsole.orStop(() -> LiveMonitor.start(suite, System.out));
    monitor.phase("validation", "validation");
  }

  /**
   * Hands the validation's verdict to the {@link ExitPath}: once Gatling is done, the collected
   * runs are analysed, the report written and the summary printed; call it from {@code before()}.
   *
   * @param target the orchestrator's URL as the report shows it
   * @param targetKind the reference orchestrator this JVM started, the one found answering, or
   *     another orchestrator
   * @param runs the runs collected by the time Gatling is done
   */
  public static void begin(
      ValidationSettings settings,
      String target,
      TargetKind targetKind,
      Instant start,
      Supplier<List<ScenarioRun>> runs) {
    ExitPath.afterGatling(
        "nwtn-validation",
        () ->
            new ExitPath.Decision(
                finish(
                    settings,
                    new RunTarget(target, targetKind),
                    start,
                    runs.get(),
                    System.out,
                    System.err),
                false));
  }

  /**
   * The orchestrator a validation ran against.
   *
   * @param url its URL as the report shows it
   * @param kind the suite's reference orchestrator (started in-process or found answering) or
   *     another orchestrator
   */
  public record RunTarget(String url, TargetKind kind) {}

  /** The run folder name of a run started at {@code start}. */
  public static String runId(Instant start) {
    return RUN_ID.format(start);
  }

  /** The report of the given runs. */
  public static ValidationReport analyse(ValidationSettings settings, List<ScenarioRun> runs) {
    RunAnalyzer analyzer = new RunAnalyzer(settings.minConfidence());
    return ValidationReport.of(settings.scenarios(), runs.stream().map(analyzer::analyze).toList());
  }

  /**
   * Analyses, writes and prints; returns the exit code. Errors are one line on {@code err}.
   *
   * @param target the orchestrator, as the report shows it
   */
  public static int finish(
      ValidationSettings settings,
      RunTarget target,
      Instant start,
      List<ScenarioRun> runs,
      PrintStream out,
      PrintStream err) {
    if (runs.isEmpty()) {
      err.println(
          "nwtn-test: no scenario ran against "
              + target.url()
              + "; check that the orchestrator answers (make run) and see the log above");
      return ExitStatus.ERROR;
    }
    ValidationReport report = analyse(settings, runs);
    RunInfo info =
        new RunInfo(runId(start), target.url(), target.kind(), start, settings.repetitions());
    Path file;
    try {
      file =
          ValidationReportWriter.write(
              settings.outputDir(), info.runId(), ValidationDocument.of(report, info));
    } catch (UncheckedIOException e) {
      err.println(
          "nwtn-test: "
              + e.getMessage()
              + "; check that nwtn.validation.output-dir ("
              + settings.outputDir()
              + ") is a writable folder");
      return ExitStatus.ERROR;
    }
    out.print(ValidationConsole.render(report, info, file));
    return report.overallSuccess() ? ExitStatus.OK : ExitStatus.FAILED;
  }
}

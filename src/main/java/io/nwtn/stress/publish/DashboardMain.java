package io.nwtn.stress.publish;

import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SettingsLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes (again) the dashboard and the JUnit XML of a report folder: {@code DashboardMain
 * <target/nwtn/run> [gatling-results] [run name]}; the Gatling results folder defaults to {@code
 * nwtn.report.gatling-results}, the run name to the one the results name. Exit codes: 0 written, 2
 * a bad setting or no reports in the folder, 3 unreadable reports or I/O error.
 */
public final class DashboardMain {

  private DashboardMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 1 || args.length > 3) {
      err.println(
          "dashboard: usage: DashboardMain <report folder> [gatling results folder] [run name]");
      return ExitStatus.BAD_INPUT;
    }
    ReportSettings settings;
    try {
      settings = ReportSettings.fromConfig(SettingsLoader.load());
    } catch (IllegalArgumentException e) {
      err.println("dashboard: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
    Path gatling = args.length > 1 ? Path.of(args[1]) : settings.gatlingResults();
    Path dir = Path.of(args[0]);
    String run = args.length > 2 ? args[2] : null;
    try {
      RunPublisher.publish(dir, run, gatling);
      out.println("dashboard: " + dir.resolve(ReportFiles.DASHBOARD));
      return ExitStatus.OK;
    } catch (IOException | UncheckedIOException e) {
      err.println("dashboard: " + e.getMessage());
      boolean noReports = !Files.isRegularFile(dir.resolve(ReportFiles.RESULTS));
      return noReports ? ExitStatus.BAD_INPUT : ExitStatus.ERROR;
    }
  }
}

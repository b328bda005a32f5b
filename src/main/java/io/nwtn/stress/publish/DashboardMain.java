package io.nwtn.stress.publish;

import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes (again) the dashboard and the JUnit XML of a report folder: {@code DashboardMain
 * <target/nwtn/run> [gatling-results] [run name]}; the run name defaults to the one the results
 * name. Exit codes: 0 written, 2 no reports in the folder, 3 unreadable reports or I/O error.
 */
public final class DashboardMain {

  private DashboardMain() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 3) {
      System.err.println(
          "dashboard: usage: DashboardMain <report folder> [gatling results folder] [run name]");
      System.exit(ExitStatus.BAD_INPUT);
    }
    Path dir = Path.of(args[0]);
    Path gatling = Path.of(args.length > 1 ? args[1] : "target/gatling");
    String run = args.length > 2 ? args[2] : null;
    try {
      RunPublisher.publish(dir, run, gatling);
      System.out.println("dashboard: " + dir.resolve(ReportFiles.DASHBOARD));
    } catch (IOException | UncheckedIOException e) {
      System.err.println("dashboard: " + e.getMessage());
      boolean noReports = !Files.isRegularFile(dir.resolve(ReportFiles.RESULTS));
      System.exit(noReports ? ExitStatus.BAD_INPUT : ExitStatus.ERROR);
    }
  }
}

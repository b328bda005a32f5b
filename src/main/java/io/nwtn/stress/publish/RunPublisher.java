package io.nwtn.stress.publish;

import io.nwtn.stress.report.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what sits beside a run's JSON reports for people and CI: the dashboard ({@code
 * index.html}) and the compliance checks as JUnit XML ({@code nwtn-compliance-junit.xml}).
 */
public final class RunPublisher {

  private RunPublisher() {}

  /**
   * Publishes into {@code <outputDir>/<runName>/} and {@code <outputDir>/latest/} (when it holds
   * reports), after the JSON reports were written there; the page links to the run's report under
   * {@code gatlingResults}.
   */
  public static void publishRun(Path outputDir, String runName, Path gatlingResults)
      throws IOException {
    for (String folder : new String[] {runName, "latest"}) {
      Path dir = outputDir.resolve(folder);
      if (Files.isRegularFile(dir.resolve(ReportFolder.RESULTS))) {
        publish(dir, runName, gatlingResults);
      }
    }
  }

  /**
   * Publishes into one report folder whose reports come from Gatling run {@code runName}; when it
   * is {@code null}, the run the results name ({@code test_config.run}) or the folder's name.
   */
  public static void publish(Path reportDir, String runName, Path gatlingResults)
      throws IOException {
    ReportFolder folder = ReportFolder.read(reportDir, runName);
    if (runName == null) {
      String fallback = reportDir.toAbsolutePath().normalize().getFileName().toString();
      runName = folder.results().path("test_config").path("run").asText(fallback);
      folder = ReportFolder.read(reportDir, runName);
    }
    ReportFiles.writeAtomically(
        reportDir.resolve(ComplianceJunitXml.FILE_NAME),
        ComplianceJunitXml.render(folder.results(), runName));
    String html = DashboardPage.render(folder, gatlingLink(reportDir, gatlingResults, runName));
    ReportFiles.writeAtomically(
        reportDir.resolve(DashboardPage.FILE_NAME), html.getBytes(StandardCharsets.UTF_8));
  }

  /** The relative path from the report folder to Gatling's {@code index.html} of the run. */
  static String gatlingLink(Path reportDir, Path gatlingResults, String runName) {
    Path target =
        gatlingResults.resolve(runName).resolve("index.html").toAbsolutePath().normalize();
    Path relative = reportDir.toAbsolutePath().normalize().relativize(target);
    return relative.toString().replace('\\', '/');
  }
}

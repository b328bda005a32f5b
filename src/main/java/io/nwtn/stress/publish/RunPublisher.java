package io.nwtn.stress.publish;

import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes what sits beside a run's JSON reports for people and CI: the dashboard ({@code
 * index.html}) and the compliance checks as JUnit XML ({@code nwtn-compliance-junit.xml}).
 */
public final class RunPublisher {

  private RunPublisher() {}

  /**
   * Publishes into {@code <outputDir>/<runName>/} and {@code <outputDir>/latest/}, just after the
   * JSON reports {@code reports} (file name to content) were written to both; the page links to the
   * run's report under {@code gatlingResults}. The two folders differ at most by an agent
   * validation's results, so a page is rendered once and written to both when they agree.
   */
  public static void publishRun(
      Path outputDir, String runName, Path gatlingResults, Map<String, byte[]> reports)
      throws IOException {
    ReportFolder own = ReportFolder.of(outputDir.resolve(runName), runName, reports);
    byte[] junit = ComplianceJunitXml.render(own.results(), runName);
    String lastKey = null;
    byte[] lastPage = null;
    for (String name : new String[] {runName, "latest"}) {
      Path dir = outputDir.resolve(name);
      ReportFolder folder = own.in(dir);
      ReportFiles.writeAtomically(dir.resolve(ReportFiles.JUNIT), junit);
      String link = gatlingLink(dir, gatlingResults, runName);
      String key = link + '\n' + folder.validation();
      if (!key.equals(lastKey)) {
        lastPage = DashboardPage.render(folder, link).getBytes(StandardCharsets.UTF_8);
        lastKey = key;
      }
      ReportFiles.writeAtomically(dir.resolve(ReportFiles.DASHBOARD), lastPage);
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
      folder = folder.named(runName);
    }
    ReportFiles.writeAtomically(
        reportDir.resolve(ReportFiles.JUNIT), ComplianceJunitXml.render(folder.results(), runName));
    String html = DashboardPage.render(folder, gatlingLink(reportDir, gatlingResults, runName));
    ReportFiles.writeAtomically(
        reportDir.resolve(ReportFiles.DASHBOARD), html.getBytes(StandardCharsets.UTF_8));
  }

  /** The relative path from the report folder to Gatling's {@code index.html} of the run. */
  static String gatlingLink(Path reportDir, Path gatlingResults, String runName) {
    Path target =
        gatlingResults.resolve(runName).resolve("index.html").toAbsolutePath().normalize();
    Path relative = reportDir.toAbsolutePath().normalize().relativize(target);
    return relative.toString().replace('\\', '/');
  }
}

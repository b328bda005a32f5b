package io.nwtn.stress.report;

import io.nwtn.stress.documents.ErrorDocument;
import io.nwtn.stress.documents.ResultsDocument;
import io.nwtn.stress.documents.TimelineDocument;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.publish.DashboardPage;
import io.nwtn.stress.publish.RunPublisher;
import io.nwtn.stress.verdict.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Writes a judged run's three JSON reports into {@code <output>/<run>/} and {@code
 * <output>/latest/}, each atomically, then publishes the dashboard and the JUnit XML beside them.
 */
public final class ReportOutput {

  private ReportOutput() {}

  /**
   * Loads and initialises the writers (Jackson, the dashboard's template and scripts) on the
   * background thread, so that this happens while the log is being read rather than after it.
   */
  static void prepareInBackground() {
    Background.warmUp(
        () -> {
          try {
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("warm_up", new ArrayList<>(List.of(1L, 2.5, "x", true)));
            sample.put("none", null);
            ReportFiles.reportMapper().writeValueAsBytes(sample);
            Class.forName(DashboardPage.class.getName(), true, ReportOutput.class.getClassLoader());
          } catch (IOException | ClassNotFoundException e) {
            // the writers report their own errors when they run
          }
        });
  }

  /**
   * Writes the reports and the dashboard under {@code outputDir}; returns the paths written in the
   * run's own folder.
   *
   * @param gatlingResults where Gatling's run folders are, for the dashboard's link to its report
   */
  public static List<Path> write(RunReport report, Path outputDir, Path gatlingResults)
      throws IOException {
    // the timeline (one entry a second) is built on the background thread meanwhile
    CompletableFuture<byte[]> timeline =
        Background.supply(() -> json(() -> TimelineDocument.build(report)));
    Map<String, byte[]> files = new LinkedHashMap<>();
    Path resultsFile = outputDir.resolve(report.runName()).resolve(ReportFiles.RESULTS);
    files.put(
        ReportFiles.RESULTS,
        ReportFiles.reportMapper().writeValueAsBytes(ResultsDocument.build(report, resultsFile)));
    byte[] errors = ReportFiles.reportMapper().writeValueAsBytes(ErrorDocument.build(report));
    files.put(ReportFiles.TIMELINE, joinWriting(timeline));
    files.put(ReportFiles.ERRORS, errors);
    List<Path> written = new ArrayList<>();
    for (String folder : List.of(report.runName(), ReportFiles.LATEST)) {
      // as given: createDirectories answers an absolute path when it had to make parents
      Path dir = outputDir.resolve(folder);
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        ReportFiles.writeAtomically(target, f.getValue());
        if (!ReportFiles.LATEST.equals(folder)) {
          written.add(target);
        }
      }
    }
    RunPublisher.publishRun(outputDir, report.runName(), gatlingResults, files);
    Path own = outputDir.resolve(report.runName());
    written.add(own.resolve(ReportFiles.DASHBOARD));
    written.add(own.resolve(ReportFiles.JUNIT));
    return written;
  }

  private static byte[] json(Supplier<Object> document) {
    try {
      return ReportFiles.reportMapper().writeValueAsBytes(document.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] joinWriting(CompletableFuture<byte[]> document) throws IOException {
    try {
      return Background.join(document);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

package io.nwtn.stress.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nwtn.stress.publish.ComplianceJunitXml;
import io.nwtn.stress.publish.DashboardPage;
import io.nwtn.stress.publish.RunPublisher;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the three NWTN reports of a run into {@code <output>/<run>/} and the same files into
 * {@code <output>/latest/}. Each file is written to a temporary file beside it and then moved into
 * place, so a reader never sees half a report.
 */
public final class ReportFiles {

  public static final String RESULTS = "nwtn_stress_test_results.json";
  public static final String TIMELINE = "performance_timeline.json";
  public static final String ERRORS = "error_breakdown.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportFiles() {}

  /** The mapper for report and sidecar files. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Loads and initialises the writers (Jackson, the dashboard's template and scripts) on a thread
   * of its own, so that this happens while the log is being read rather than after it.
   */
  static void prepareInBackground() {
    Thread warmUp =
        new Thread(
            () -> {
              try {
                MAPPER.writeValueAsBytes(Map.of("warm_up", List.of(1, 2.5, "x")));
                Class.forName(
                    DashboardPage.class.getName(), true, ReportFiles.class.getClassLoader());
              } catch (IOException | ClassNotFoundException | LinkageError e) {
                // the writers report their own errors when they run
              }
            },
            "nwtn-report-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /**
   * Writes the reports and the dashboard under {@code outputDir}; returns the paths written in the
   * run's own folder.
   *
   * @param gatlingResults where Gatling's run folders are, for the dashboard's link to its report
   */
  public static List<Path> write(RunReport report, Path outputDir, Path gatlingResults)
      throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(RESULTS, MAPPER.writeValueAsBytes(ResultsDocument.build(report)));
    files.put(TIMELINE, MAPPER.writeValueAsBytes(TimelineDocument.build(report)));
    files.put(ERRORS, MAPPER.writeValueAsBytes(ErrorDocument.build(report)));
    List<Path> written = new ArrayList<>();
    for (String folder : List.of(report.runName(), "latest")) {
      Path dir = Files.createDirectories(outputDir.resolve(folder));
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        writeAtomically(target, f.getValue());
        if (!"latest".equals(folder)) {
          written.add(target);
        }
      }
    }
    RunPublisher.publishRun(outputDir, report.runName(), gatlingResults);
    Path own = outputDir.resolve(report.runName());
    written.add(own.resolve(DashboardPage.FILE_NAME));
    written.add(own.resolve(ComplianceJunitXml.FILE_NAME));
    return written;
  }

  /** Writes {@code bytes} to a temporary file beside {@code target}, then moves it into place. */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}

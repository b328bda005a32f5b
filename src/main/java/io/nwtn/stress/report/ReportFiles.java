package io.nwtn.stress.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nwtn.stress.publish.ComplianceJunitXml;
import io.nwtn.stress.publish.DashboardPage;
import io.nwtn.stress.publish.RunPublisher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Writes the three NWTN reports of a run into {@code <output>/<run>/} and the same files into
 * {@code <output>/latest/}. Each file is written to a temporary file beside it and then moved into
 * place, so a reader never sees half a report.
 */
public final class ReportFiles {

  public static final String RESULTS = "nwtn_stress_test_results.json";
  public static final String TIMELINE = "performance_timeline.json";
  public static final String ERRORS = "error_breakdown.json";

  private ReportFiles() {}

  /** Made on first use, so that loading this class does not load Jackson. */
  private static final class Mapper {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The mapper for report and sidecar files. */
  static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

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
            mapper().writeValueAsBytes(sample);
            Class.forName(DashboardPage.class.getName(), true, ReportFiles.class.getClassLoader());
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
    files.put(RESULTS, mapper().writeValueAsBytes(ResultsDocument.build(report)));
    byte[] errors = mapper().writeValueAsBytes(ErrorDocument.build(report));
    files.put(TIMELINE, joinWriting(timeline));
    files.put(ERRORS, errors);
    List<Path> written = new ArrayList<>();
    for (String folder : List.of(report.runName(), "latest")) {
      // as given: createDirectories answers an absolute path when it had to make parents
      Path dir = outputDir.resolve(folder);
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        writeAtomically(target, f.getValue());
        if (!"latest".equals(folder)) {
          written.add(target);
        }
      }
    }
    RunPublisher.publishRun(outputDir, report.runName(), gatlingResults, files);
    Path own = outputDir.resolve(report.runName());
    written.add(own.resolve(DashboardPage.FILE_NAME));
    written.add(own.resolve(ComplianceJunitXml.FILE_NAME));
    return written;
  }

  private static byte[] json(Supplier<Object> document) {
    try {
      return mapper().writeValueAsBytes(document.get());
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

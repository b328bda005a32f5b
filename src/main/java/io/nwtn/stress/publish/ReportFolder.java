package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The JSON reports of one run's folder ({@code target/nwtn/<run>/}), as the dashboard and the JUnit
 * XML read them: the results are required, the timeline, error breakdown and agent validation are
 * shown when present.
 */
public record ReportFolder(
    Path dir,
    String runName,
    JsonNode results,
    JsonNode timeline,
    JsonNode errors,
    JsonNode validation) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads a report folder. {@code runName} names the Gatling run folder the reports came from (the
   * folder's own name, except for {@code latest}).
   */
  public static ReportFolder read(Path dir, String runName) throws IOException {
    Path results = dir.resolve(ReportFiles.RESULTS);
    if (!Files.isRegularFile(results)) {
      throw new IOException(
          "no " + ReportFiles.RESULTS + " in " + dir + ": pass a report folder under target/nwtn");
    }
    return new ReportFolder(
        dir,
        runName,
        MAPPER.readTree(results.toFile()),
        optional(dir.resolve(ReportFiles.TIMELINE)),
        optional(dir.resolve(ReportFiles.ERRORS)),
        optional(dir.resolve(ReportFiles.VALIDATION)));
  }

  /**
   * A report folder whose JSON reports were just written from {@code reports} (file name to
   * content): they are parsed from memory, and only a validation's results are read from disk.
   */
  public static ReportFolder of(Path dir, String runName, Map<String, byte[]> reports)
      throws IOException {
    byte[] results = reports.get(ReportFiles.RESULTS);
    if (results == null) {
      throw new IOException("no " + ReportFiles.RESULTS + " for " + dir);
    }
    return new ReportFolder(
        dir,
        runName,
        MAPPER.readTree(results),
        parsed(reports.get(ReportFiles.TIMELINE)),
        parsed(reports.get(ReportFiles.ERRORS)),
        optional(dir.resolve(ReportFiles.VALIDATION)));
  }

  /** The same reports as they sit in {@code dir}, with the validation's results found there. */
  public ReportFolder in(Path dir) throws IOException {
    return dir.equals(this.dir)
        ? this
        : new ReportFolder(
            dir, runName, results, timeline, errors, optional(dir.resolve(ReportFiles.VALIDATION)));
  }

  /** The same reports, from Gatling run {@code runName}. */
  public ReportFolder named(String runName) {
    return new ReportFolder(dir, runName, results, timeline, errors, validation);
  }

  private static JsonNode parsed(byte[] json) throws IOException {
    return json == null ? MissingNode.getInstance() : MAPPER.readTree(json);
  }

  private static JsonNode optional(Path file) throws IOException {
    return Files.isRegularFile(file) ? MAPPER.readTree(file.toFile()) : MissingNode.getInstance();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}

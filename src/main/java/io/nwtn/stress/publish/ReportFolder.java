package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
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

  public static final String RESULTS = "nwtn_stress_test_results.json";
  public static final String TIMELINE = "performance_timeline.json";
  public static final String ERRORS = "error_breakdown.json";
  public static final String VALIDATION = "nwtn_agent_validation_results.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Reads a report folder. {@code runName} names the Gatling run folder the reports came from (the
   * folder's own name, except for {@code latest}).
   */
  public static ReportFolder read(Path dir, String runName) throws IOException {
    Path results = dir.resolve(RESULTS);
    if (!Files.isRegularFile(results)) {
      throw new IOException(
          "no " + RESULTS + " in " + dir + ": pass a report folder under target/nwtn");
    }
    return new ReportFolder(
        dir,
        runName,
        MAPPER.readTree(results.toFile()),
        optional(dir.resolve(TIMELINE)),
        optional(dir.resolve(ERRORS)),
        optional(dir.resolve(VALIDATION)));
  }

  /**
   * A report folder whose JSON reports were just written from {@code reports} (file name to
   * content): they are parsed from memory, and only a validation's results are read from disk.
   */
  public static ReportFolder of(Path dir, String runName, Map<String, byte[]> reports)
      throws IOException {
    byte[] results = reports.get(RESULTS);
    if (results == null) {
      throw new IOException("no " + RESULTS + " for " + dir);
    }
    return new ReportFolder(
        dir,
        runName,
        MAPPER.readTree(results),
        parsed(reports.get(TIMELINE)),
        parsed(reports.get(ERRORS)),
        optional(dir.resolve(VALIDATION)));
  }

  /** The same reports as they sit in {@code dir}, with the validation's results found there. */
  public ReportFolder in(Path dir) throws IOException {
    return dir.equals(this.dir)
        ? this
        : new ReportFolder(
            dir, runName, results, timeline, errors, optional(dir.resolve(VALIDATION)));
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

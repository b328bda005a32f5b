package io.nwtn.stress.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One run's {@code nwtn_stress_test_results.json}, read from the file itself or from the run folder
 * that holds it.
 *
 * @param file the results file that was read
 * @param root its parsed content
 */
public record RunResults(Path file, JsonNode root) {

  /** Fields every results file carries; a JSON file without them is something else. */
  static final List<String> REQUIRED =
      List.of("total_requests", "success_rate", "p50_latency_ms", "p95_latency_ms");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads a results file, or the results file of a run folder. */
  public static RunResults load(Path path) throws CompareException {
    Path file = Files.isDirectory(path) ? path.resolve(ReportFiles.RESULTS) : path;
    if (!Files.isRegularFile(file)) {
      throw new CompareException(
          "no results at "
              + file
              + ": pass an "
              + ReportFiles.RESULTS
              + " or a run folder under target/nwtn that holds one");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new CompareException(
          file
              + " is not JSON (line "
              + e.getLocation().getLineNr()
              + "): pass the "
              + ReportFiles.RESULTS
              + " of a run",
          e);
    } catch (IOException e) {
      throw new CompareException("cannot read " + file + ": " + e.getMessage(), e);
    }
    for (String field : REQUIRED) {
      if (root == null || !root.path(field).isNumber()) {
        throw new CompareException(
            file
                + " is not an NWTN results file (no numeric "
                + field
                + "): pass the "
                + ReportFiles.RESULTS
                + " of a run");
      }
    }
    return new RunResults(file, root);
  }
}

package io.nwtn.stress.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The names of the files the suite writes and the one way it writes them: to a temporary file
 * beside the target, then moved into place, so that a reader never sees half a report.
 */
public final class ReportFiles {

  /** The stress run's results, named as PRSM's stress script named them. */
  public static final String RESULTS = "nwtn_stress_test_results.json";

  /** One entry per second of the stress run. */
  public static final String TIMELINE = "performance_timeline.json";

  /** Every kind of failure of the stress run. */
  public static final String ERRORS = "error_breakdown.json";

  /** The agent validation's report, as PRSM's validator named it. */
  public static final String VALIDATION = "nwtn_agent_validation_results.json";

  /** A capacity search's levels and answer. */
  public static final String CAPACITY = "nwtn_capacity_results.json";

  /** The capacity search's page: P95 and success rate against users. */
  public static final String CAPACITY_PAGE = "capacity.html";

  /** The offline dashboard of a report folder. */
  public static final String DASHBOARD = "index.html";

  /** The compliance checks as a JUnit XML report. */
  public static final String JUNIT = "nwtn-compliance-junit.xml";

  /** The report folder that always holds the newest run's reports. */
  public static final String LATEST = "latest";

  private ReportFiles() {}

  /** Made on first use, so that loading this class does not load Jackson. */
  private static final class Mapper {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final ObjectMapper REPORTS =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  }

  /**
   * The mapper for the sidecar, the suite's internal format: indented, field names as the records
   * spell them, so sidecars written by earlier versions still load.
   */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }

  /**
   * The mapper for the report files, whose field names are snake_case at every level as PRSM's are:
   * a record inside a report (the limits, a {@code /health} snapshot, the pipeline counts) is
   * written {@code first_epoch_ms}, never {@code firstEpochMs}. Map keys are data and stay as they
   * are.
   */
  public static ObjectMapper reportMapper() {
    return Mapper.REPORTS;
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

package io.nwtn.stress.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of {@link ReportMain} share: Gatling's results and the reports go under a
 * temporary folder ({@code gatling/} and {@code nwtn/}), and the command's console output is kept.
 */
abstract class ReportMainCase {

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void reportsIntoTheTempDir() {
    System.setProperty("nwtn.report.output-dir", dir.resolve("nwtn").toString());
    System.setProperty("nwtn.report.gatling-results", dir.resolve("gatling").toString());
  }

  @AfterEach
  void clear() {
    System.clearProperty("nwtn.report.output-dir");
    System.clearProperty("nwtn.report.gatling-results");
  }

  /** Runs the command and returns its exit code. */
  int run(String... args) {
    return ReportMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** One report written for the planned run of {@link LogMetricsTest}. */
  JsonNode report(String file) throws Exception {
    return new ObjectMapper().readTree(dir.resolve("nwtn/planned-run").resolve(file).toFile());
  }
}

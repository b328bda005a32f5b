package io.nwtn.stress.documents;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes {@code nwtn_agent_validation_results.json} into the run folder {@code <dir>/<run>/} and
 * into {@code <dir>/latest/}. Each file is written beside its final name and moved into place, so a
 * reader never sees half a report.
 */
public final class ValidationReportWriter {

  private ValidationReportWriter() {}

  /**
   * Writes the report and returns the path of the run folder's copy.
   *
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static Path write(Path outputDir, String runId, JsonNode report) {
    byte[] bytes;
    try {
      bytes =
          ResponseContract.mapper()
              .writerWithDefaultPrettyPrinter()
              // the recommendations' marks stay readable emoji instead of escaped surrogate pairs
              .with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
              .writeValueAsBytes(report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise the validation report", e);
    }
    Path runFile = outputDir.resolve(runId).resolve(ReportFiles.VALIDATION);
    atomically(runFile, bytes);
    atomically(outputDir.resolve(ReportFiles.LATEST).resolve(ReportFiles.VALIDATION), bytes);
    return runFile;
  }

  private static void atomically(Path file, byte[] bytes) {
    try {
      ReportFiles.writeAtomically(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}

package io.nwtn.stress.report;

import io.nwtn.stress.capacity.CapacityReport;
import io.nwtn.stress.documents.CapacityConsole;
import io.nwtn.stress.documents.CapacityDocument;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.publish.CapacityPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a capacity search's {@code nwtn_capacity_results.json} and its {@code capacity.html} into
 * {@code <output>/<run>/} and {@code <output>/latest/}, each atomically.
 */
public final class CapacityOutput {

  private CapacityOutput() {}

  /** Writes the two files; returns their paths in the run's own folder. */
  public static List<Path> write(CapacityReport report, Path outputDir) throws IOException {
    byte[] json = ReportFiles.mapper().writeValueAsBytes(CapacityDocument.build(report));
    byte[] page =
        CapacityPage.render(ReportFiles.mapper().readTree(json), CapacityConsole.answer(report))
            .getBytes(StandardCharsets.UTF_8);
    List<Path> written = new ArrayList<>();
    for (String folder : List.of(report.runName(), ReportFiles.LATEST)) {
      Path dir = outputDir.resolve(folder);
      ReportFiles.writeAtomically(dir.resolve(ReportFiles.CAPACITY), json);
      ReportFiles.writeAtomically(dir.resolve(ReportFiles.CAPACITY_PAGE), page);
      if (!ReportFiles.LATEST.equals(folder)) {
        written.add(dir.resolve(ReportFiles.CAPACITY));
        written.add(dir.resolve(ReportFiles.CAPACITY_PAGE));
      }
    }
    return written;
  }
}

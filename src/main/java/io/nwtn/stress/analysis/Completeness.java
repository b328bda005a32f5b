package io.nwtn.stress.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a run's reports cover the whole run. A run stopped early (Ctrl-C, a killed JVM) leaves
 * {@value #MARKER} in its Gatling run folder; a run folder without its sidecar lacks what only the
 * answers' bodies tell. Reports of such runs are still written, marked {@code "complete": false}
 * with these reasons, and never pass.
 *
 * @param reasons why the run is incomplete, one line each; empty for a complete run
 */
public record Completeness(List<String> reasons) {

  /** The file a stopped run leaves in its Gatling run folder; it holds the reason, one line. */
  public static final String MARKER = "nwtn-incomplete.txt";

  public Completeness {
    reasons = List.copyOf(reasons);
  }

  public boolean complete() {
    return reasons.isEmpty();
  }

  /** Marks a run folder as stopped early, with the reason. */
  public static void mark(Path runFolder, String reason) throws IOException {
    Files.writeString(runFolder.resolve(MARKER), reason + "\n", StandardCharsets.UTF_8);
  }

  /** Whether a run folder was marked as stopped early. */
  public static boolean marked(Path runFolder) {
    return Files.isRegularFile(runFolder.resolve(MARKER));
  }

  /**
   * The completeness of a run folder.
   *
   * @param sidecarFile the sidecar the run should have left
   * @param sidecarPresent whether it did
   * @param logCut where {@code simulation.log} stopped mid-record (of a stopped run), or null
   * @param logRequests the Phase 1 requests of {@code simulation.log}
   * @param answered the Phase 1 requests the sidecar saw answered, or -1 without a sidecar
   */
  public static Completeness of(
      Path runFolder,
      Path sidecarFile,
      boolean sidecarPresent,
      String logCut,
      long logRequests,
      long answered) {
    List<String> reasons = new ArrayList<>();
    if (marked(runFolder)) {
      reasons.add(markerReason(runFolder));
    }
    if (answered > logRequests) {
      // Gatling writes simulation.log in buffers; a stopped JVM never writes the last one
      reasons.add(
          "simulation.log holds "
              + logRequests
              + " of the "
              + answered
              + " requests the simulation recorded before the stop; their counts, response times"
              + " and failures come from the sidecar, the timeline and concurrency from the log");
    }
    if (!sidecarPresent) {
      reasons.add(
          sidecarFile
              + " is missing: class results, agent times and FTNS are absent, figures come from"
              + " simulation.log alone");
    }
    if (logCut != null) {
      reasons.add(logCut);
    }
    return new Completeness(reasons);
  }

  private static String markerReason(Path runFolder) {
    try {
      String text = Files.readString(runFolder.resolve(MARKER), StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? "the run was stopped before its end" : text;
    } catch (IOException e) {
      return "the run was stopped before its end";
    }
  }
}

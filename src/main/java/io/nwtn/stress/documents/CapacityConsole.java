package io.nwtn.stress.documents;

import io.nwtn.stress.capacity.CapacityLines;
import io.nwtn.stress.capacity.CapacityReport;
import io.nwtn.stress.capacity.LevelResult;
import io.nwtn.stress.verdict.ComplianceCheck;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The console summary of a capacity search: the staircase as a table and the answer in a line. */
public final class CapacityConsole {

  private CapacityConsole() {}

  public static void print(CapacityReport r, List<Path> files, PrintStream out) {
    String bar = "=".repeat(100);
    out.println(bar);
    out.println("NWTN CAPACITY SEARCH  —  " + CapacityDocument.verdict(r));
    out.println(bar);
    out.println("Target: " + r.targetUrl());
    out.println(CapacityLines.header());
    r.levels().stream()
        .sorted(Comparator.comparingInt(LevelResult::users))
        .forEach(l -> out.println(CapacityLines.row(l)));
    out.println(answer(r));
    out.println("Reports:");
    files.forEach(f -> out.println("  " + f));
    out.println(bar);
  }

  /** The answer in one line, e.g. {@code Capacity: 450 users pass Phase 1 (required 1000) ...}. */
  public static String answer(CapacityReport r) {
    if (r.levels().isEmpty()) {
      return "Capacity: no level was judged; the search was stopped before its first hold ended";
    }
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Capacity: %d users pass Phase 1 (required %d): %s, headroom %.2fx",
                r.maxPassingUsers(),
                r.requiredUsers(),
                r.meetsRequirement() ? "meets the requirement" : "below the requirement",
                r.headroomRatio()));
    r.firstFailing()
        .ifPresentOrElse(
            l -> {
              ComplianceCheck c = l.firstFailure();
              line.append("; first failing check ")
                  .append(c.name())
                  .append(" at ")
                  .append(l.users())
                  .append(" users");
            },
            () ->
                line.append("; every level passed, up to the maximum of ")
                    .append(r.settings().maxUsers())
                    .append(" users"));
    if (!r.completed()) {
      line.append(" (INCOMPLETE: the search was stopped early)");
    }
    return line.toString();
  }
}

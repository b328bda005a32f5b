package io.nwtn.stress.documents;

import io.nwtn.stress.verdict.Recommendation;
import io.nwtn.stress.verdict.RunReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The results' {@code performance_recommendations} as PRSM's stress script wrote them: one ✅ or ❌
 * line on the Phase 1 requirements, then each recommendation's 🔴 or 🟡 line followed by its
 * indented actions. The console prints the same lines.
 */
public final class PerformanceRecommendations {

  private PerformanceRecommendations() {}

  /** The headline, then every recommendation's lines, most serious first. */
  public static List<String> lines(RunReport r) {
    List<String> out = new ArrayList<>();
    out.add(headline(r));
    for (Recommendation rec : r.recommendations()) {
      out.addAll(rec.lines());
    }
    return out;
  }

  /** Whether the run met every Phase 1 requirement and, when not, what it missed. */
  static String headline(RunReport r) {
    if (r.passed()) {
      return "✅ All Phase 1 requirements met";
    }
    List<String> unmet =
        new ArrayList<>(r.compliance().failures().stream().map(ConsoleFigures::unmet).toList());
    if (!r.faults().completeness().complete()) {
      // a run cut short proves nothing, even where its figures would pass
      unmet.add("the run is incomplete (see incomplete_reasons)");
    }
    return "❌ Phase 1 requirements not met: " + String.join("; ", unmet);
  }
}

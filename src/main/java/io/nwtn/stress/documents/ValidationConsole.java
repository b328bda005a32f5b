package io.nwtn.stress.documents;

import io.nwtn.stress.validation.AgentSummary;
import io.nwtn.stress.validation.OutputQuality;
import io.nwtn.stress.validation.RunRecommendations;
import io.nwtn.stress.validation.ScenarioSummary;
import io.nwtn.stress.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The console summary of a validation run, in the layout of PRSM's validator. */
public final class ValidationConsole {

  private static final String RULE = "=".repeat(80);

  private ValidationConsole() {}

  /** The whole summary, ending with the report path and the verdict line. */
  public static String render(ValidationReport r, RunInfo info, Path reportFile) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(RULE);
    out.add("🤖 NWTN AGENT PIPELINE VALIDATION RESULTS");
    out.add(RULE);
    summary(out, r, info);
    scenarios(out, r);
    agents(out, r);
    readiness(out, r);
    out.add("");
    out.add("💡 KEY RECOMMENDATIONS:");
    ValidationDocument.headline(r).forEach(l -> out.add("   " + l));
    r.recommendations().forEach(rec -> rec.lines().forEach(l -> out.add("   " + l)));
    out.add("");
    out.add(RULE);
    out.add("📄 Detailed results saved to: " + reportFile);
    out.add(
        r.overallSuccess()
            ? "🎉 All validations passed! NWTN Agent Pipeline is ready for Phase 1."
            : "⚠️  Some validations failed. Review recommendations and retry.");
    return String.join(System.lineSeparator(), out) + System.lineSeparator();
  }

  private static void summary(List<String> out, ValidationReport r, RunInfo info) {
    out.add("");
    out.add("📊 VALIDATION SUMMARY:");
    out.add("├─ Target: " + info.target() + " (" + info.targetKind().label() + ")");
    out.add("├─ Overall Status: " + (r.overallSuccess() ? "✅ PASSED" : "❌ FAILED"));
    out.add(
        fmt(
            "├─ Success Rate: %.1f%% (%d/%d scenarios, %d runs each)",
            100 * r.successRate(),
            r.successfulScenarios(),
            r.scenarios().size(),
            info.repetitions()));
    out.add(fmt("├─ Total Execution Time: %.2fs", r.totalExecutionTime()));
    out.add(fmt("├─ Average Time per Run: %.2fs", r.avgExecutionTime()));
    out.add("├─ Total Context Used: " + r.totalContextUsed());
    out.add(fmt("└─ Total FTNS Charged: %.2f", r.totalFtnsCharged()));
  }

  private static void scenarios(List<String> out, ValidationReport r) {
    out.add("");
    out.add("🎯 SCENARIO RESULTS:");
    for (ScenarioSummary s : r.scenarios()) {
      out.add("├─ " + s.scenario().name() + ": " + (s.passed() ? "✅" : "❌"));
      out.add(fmt("│  ├─ Runs Passed: %d/%d", s.passedRuns(), s.runs()));
      out.add(
          fmt(
              "│  ├─ Execution Time: mean %.2fs, max %.2fs (limit %.0fs)",
              s.meanTime(), s.maxTime(), s.scenario().timeLimitSeconds()));
      out.add(fmt("│  ├─ Coordination Score: %.2f", s.minCoordination()));
      out.add("│  ├─ Performance: " + s.worstRating().wireName());
      s.reasons().forEach(reason -> out.add("│  ├─ ❌ " + reason));
      out.add("│  └─ Issues: " + s.recommendationsCount() + " recommendation(s)");
    }
  }

  private static void agents(List<String> out, ValidationReport r) {
    out.add("");
    out.add("🤖 AGENT PERFORMANCE SUMMARY:");
    for (AgentSummary a : r.agents()) {
      out.add("├─ " + RunRecommendations.title(a.agent().wireName()) + ":");
      out.add(
          fmt(
              "│  ├─ Success Rate: %.1f%% (%d/%d, %d missing)",
              100 * a.successRate(), a.successful(), a.listed(), a.missing()));
      out.add(
          fmt(
              "│  ├─ Execution Time: avg %.3fs, p95 %.3fs",
              a.avgExecutionTime(), a.p95ExecutionTime()));
      out.add(fmt("│  ├─ Avg Confidence: %.2f", a.avgConfidence()));
      out.add(
          fmt(
              "│  └─ Quality: E:%d, G:%d, P:%d",
              a.qualityDistribution().get(OutputQuality.EXCELLENT),
              a.qualityDistribution().get(OutputQuality.GOOD),
              a.qualityDistribution().get(OutputQuality.POOR)));
    }
  }

  private static void readiness(List<String> out, ValidationReport r) {
    out.add("");
    out.add("🚀 PHASE 1 READINESS:");
    out.add("├─ Ready for Deployment: " + (r.readiness().ready() ? "✅ YES" : "❌ NO"));
    out.add("├─ Confidence Level: " + r.readiness().confidence().toUpperCase(Locale.ROOT));
    out.add("└─ Next Steps:");
    r.readiness().nextSteps().forEach(s -> out.add("   • " + s));
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}

package io.nwtn.stress.documents;

import io.nwtn.stress.analysis.AgentStats;
import io.nwtn.stress.analysis.ErrorBreakdown;
import io.nwtn.stress.analysis.TargetResources;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.verdict.ComplianceCheck;
import io.nwtn.stress.verdict.Recommendations;
import io.nwtn.stress.verdict.RunMetrics;
import io.nwtn.stress.verdict.RunReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The end-of-run summary on the console, in the shape of PRSM's original stress script. */
public final class StressConsole {

  private static final String RULE = "=".repeat(72);

  private StressConsole() {}

  public static void print(RunReport r, List<Path> files, PrintStream out) {
    RunMetrics m = r.metrics();
    Limits l = r.limits();
    out.println(RULE);
    out.println("NWTN STRESS TEST RESULTS  —  " + r.verdict() + " (" + r.rating().wireName() + ")");
    out.println(target(r));
    out.println(RULE);
    out.println("Configuration:");
    if (r.sidecar() != null && r.sidecar().testConfig() != null) {
      r.sidecar().testConfig().forEach((k, v) -> out.println("  " + k + ": " + v));
    }
    out.printf(
        Locale.ROOT,
        "  phases: ramp-up %ds, steady %ds, ramp-down %ds%n",
        l.rampUpMs() / 1000,
        l.steadyMs() / 1000,
        l.rampDownMs() / 1000);
    out.println("Metrics:");
    out.printf(Locale.ROOT, "  duration: %.1fs%n", m.durationSeconds());
    out.printf(
        Locale.ROOT,
        "  requests: %d total, %d successful, %d failed (success rate %s)%n",
        m.total(),
        m.ok(),
        m.failed(),
        Recommendations.percent(m.successRate()));
    out.printf(
        Locale.ROOT,
        "  latency: avg %.1fms, P50 %dms, P95 %dms (Gatling's t-digest shows %dms), P99 %dms, max %dms%n",
        m.meanMs(),
        m.p50Ms(),
        m.p95Ms(),
        m.gatlingP95Ms(),
        m.p99Ms(),
        m.maxMs());
    out.printf(
        Locale.ROOT,
        "  throughput: peak %d rps, avg %.1f rps; max concurrent users %d%n",
        m.peakRps(),
        m.avgRps(),
        m.maxConcurrentUsers());
    out.println("  target: " + targetResources(r.target()));
    out.println("Phase 1 compliance:");
    for (ComplianceCheck c : r.compliance().checks()) {
      out.printf(
          Locale.ROOT,
          "  %s %s: %s (required %s %s)%n",
          c.passed() ? "✅" : "❌",
          c.requirement(),
          ConsoleFigures.figure(c, c.measured()),
          c.comparison(),
          ConsoleFigures.figure(c, c.threshold()));
    }
    printAgents(r.agents(), out);
    printErrors(r.errors(), out);
    out.println("Key recommendations:");
    PerformanceRecommendations.lines(r).forEach(line -> out.println("  " + line));
    out.println("Reports:");
    files.forEach(f -> out.println("  " + f));
    out.println(RULE);
  }

  /** The target's own CPU and memory on one line, or why they are not known. */
  static String targetResources(TargetResources t) {
    if (t.samples() == 0) {
      return "resources not known (" + (t.detail() == null ? "no reading" : t.detail()) + ")";
    }
    String memory =
        t.maxResidentBytes() == null
            ? "memory not exported"
            : "max memory " + (t.maxResidentBytes() >> 20) + " MiB";
    if (t.maxMemoryPercent() != null) {
      memory += String.format(Locale.ROOT, " (%.1f%% of its limit)", t.maxMemoryPercent());
    }
    return String.format(
        Locale.ROOT,
        "CPU avg %s, max %s of one core; %s; from %s",
        percent(t.avgCpuPercent()),
        percent(t.maxCpuPercent()),
        memory,
        t.source());
  }

  private static String percent(Double p) {
    return p == null ? "–" : String.format(Locale.ROOT, "%.1f%%", p);
  }

  private static void printAgents(Map<String, AgentStats> agents, PrintStream out) {
    out.println("Agent performance:");
    if (agents.isEmpty()) {
      out.println("  (no reasoning traces recorded)");
    }
    agents.forEach(
        (name, a) ->
            out.printf(
                Locale.ROOT,
                "  %-20s avg %.3fs, median %.3fs, P95 %.3fs, max %.3fs (%d runs)%n",
                name,
                a.avgTime(),
                a.medianTime(),
                a.p95Time(),
                a.maxTime(),
                a.executionCount()));
  }

  private static void printErrors(ErrorBreakdown errors, PrintStream out) {
    out.println("Error breakdown:");
    if (errors.categories().isEmpty()) {
      out.println("  (no failed requests)");
    }
    errors
        .categories()
        .forEach(
            e -> out.println("  " + e.category() + ": " + e.count() + "  e.g. " + e.example()));
  }

  /**
   * What the verdict was reached against, under it, so that a PASSED against the reference
   * orchestrator never reads like one against a PRSM deployment.
   */
  static String target(RunReport r) {
    Object url =
        r.sidecar() == null || r.sidecar().testConfig() == null
            ? null
            : r.sidecar().testConfig().get("target_url");
    return "target: "
        + (url == null ? "(not recorded)" : url)
        + " ("
        + ResultsDocument.targetKind(r).label()
        + ")";
  }
}

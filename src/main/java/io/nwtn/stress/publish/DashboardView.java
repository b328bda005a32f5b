package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.settings.TargetKind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the dashboard template shows as text: the verdict banner with what the run was against, the
 * requirements with threshold and measured value, headline figures, FTNS accounting, agent
 * validation, the target's resources beside the load generator's, and recommendations.
 *
 * @param target the target's URL and kind, e.g. {@code http://127.0.0.1:8000 (embedded reference
 *     orchestrator — not a PRSM deployment)}
 * @param reference whether the verdict was reached against the suite's reference orchestrator,
 *     started by the run or found answering
 */
record DashboardView(
    String runName,
    String verdict,
    boolean passed,
    String rating,
    String period,
    String target,
    boolean reference,
    List<Figure> summary,
    List<Check> checks,
    List<Advice> recommendations,
    List<Figure> ftns,
    List<Figure> targetResources,
    List<Figure> validation,
    String gatlingLink) {

  /** A label and its value as shown. */
  record Figure(String label, String value) {}

  /** One requirement: {@code comparison} and {@code threshold} say what must hold. */
  record Check(
      String requirement, String comparison, String threshold, String measured, boolean passed) {}

  /** A recommendation: {@code critical} (a requirement failed) or {@code warning}, and actions. */
  record Advice(String severity, String message, List<String> actions) {
    boolean hasActions() {
      return !actions.isEmpty();
    }
  }

  boolean hasValidation() {
    return !validation.isEmpty();
  }

  static DashboardView of(ReportFolder f, String gatlingLink) {
    JsonNode r = f.results();
    return new DashboardView(
        f.runName(),
        r.path("verdict").asText("UNKNOWN"),
        "PASSED".equals(r.path("verdict").asText()),
        r.path("performance_rating").asText(""),
        r.path("start_time").asText("") + " – " + r.path("end_time").asText(""),
        target(r),
        kind(r).reference(),
        summary(r),
        checks(r),
        advice(r),
        figures(r.path("ftns_accounting")),
        TargetFigures.of(r.path("target_metrics"), r.path("system_metrics")),
        validation(f.validation()),
        gatlingLink);
  }

  private static TargetKind kind(JsonNode r) {
    return TargetKind.fromWire(r.path("target_kind").asText(null));
  }

  private static String target(JsonNode r) {
    JsonNode config = r.path("test_config");
    String url = config.path("base_url").asText(config.path("target_url").asText(""));
    return (url.isEmpty() ? "(not recorded)" : url) + " (" + kind(r).label() + ")";
  }

  private static List<Figure> summary(JsonNode r) {
    return List.of(
        new Figure("requests", text(r.path("total_requests"))),
        new Figure(
            "success rate",
            String.format(Locale.ROOT, "%.2f %%", r.path("success_rate").asDouble() * 100)),
        new Figure(
            "P50 / P95 / P99 (ms)",
            text(r.path("p50_latency_ms"))
                + " / "
                + text(r.path("p95_latency_ms"))
                + " / "
                + text(r.path("p99_latency_ms"))),
        new Figure("average latency (ms)", text(r.path("avg_latency_ms"))),
        new Figure(
            "average / peak RPS", text(r.path("avg_rps")) + " / " + text(r.path("peak_rps"))),
        new Figure("max concurrent users", text(r.path("max_concurrent_users"))),
        new Figure("circuit breaker activations", text(r.path("circuit_breaker_activations"))));
  }

  private static List<Check> checks(JsonNode r) {
    List<Check> out = new ArrayList<>();
    for (JsonNode c : r.path("compliance_checks")) {
      out.add(
          new Check(
              c.path("requirement").asText(),
              c.path("comparison").asText(),
              ComplianceJunitXml.number(c.path("threshold").asDouble()),
              ComplianceJunitXml.number(c.path("measured").asDouble()),
              c.path("passed").asBoolean()));
    }
    return out;
  }

  /**
   * The structured recommendations; results written before they moved to {@code recommendations}
   * held them in {@code performance_recommendations}.
   */
  private static List<Advice> advice(JsonNode r) {
    List<Advice> out = new ArrayList<>();
    JsonNode recommendations =
        r.has("recommendations")
            ? r.path("recommendations")
            : r.path("performance_recommendations");
    for (JsonNode a : recommendations) {
      List<String> actions = new ArrayList<>();
      a.path("actions").forEach(x -> actions.add(x.asText()));
      String severity = "critical".equals(a.path("severity").asText()) ? "critical" : "warning";
      out.add(new Advice(severity, a.path("message").asText(a.asText()), actions));
    }
    return out;
  }

  private static List<Figure> figures(JsonNode object) {
    List<Figure> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.add(new Figure(e.getKey().replace('_', ' '), text(e.getValue())));
    }
    return out;
  }

  /** One line per validation scenario when the agent validation ran beside the stress run. */
  private static List<Figure> validation(JsonNode v) {
    List<Figure> out = new ArrayList<>();
    for (JsonNode s : v.path("scenario_results")) {
      out.add(
          new Figure(s.path("name").asText(), s.path("success").asBoolean() ? "PASSED" : "FAILED"));
    }
    return out;
  }

  static String text(JsonNode n) {
    if (n.isNumber()) {
      return ComplianceJunitXml.number(n.asDouble());
    }
    return n.isMissingNode() || n.isNull() ? "–" : n.asText();
  }
}

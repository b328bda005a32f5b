package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a capacity search's {@code capacity.html} from its {@code nwtn_capacity_results.json}:
 * P95 latency and success rate against users with the requirement's lines and the knee marked, and
 * the staircase as a table; self-contained like the dashboard.
 */
public final class CapacityPage {

  private static final String BASE = "io/nwtn/stress/publish/";
  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory(BASE).compile("capacity.mustache");

  private CapacityPage() {}

  /** One table row of the page. */
  record Row(
      int users,
      long requests,
      String rps,
      long p95,
      String mean,
      String success,
      long breaker,
      String pipeline,
      String verdict,
      boolean passed) {}

  /** The page of a capacity search's results. */
  public static String render(JsonNode results, String answer) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode l : results.path("levels")) {
      rows.add(
          new Row(
              l.path("users").asInt(),
              l.path("requests").asLong(),
              String.format(Locale.ROOT, "%.1f", l.path("rps").asDouble()),
              l.path("p95_latency_ms").asLong(),
              String.format(Locale.ROOT, "%.0f", l.path("avg_latency_ms").asDouble()),
              String.format(Locale.ROOT, "%.2f %%", l.path("success_rate").asDouble() * 100),
              l.path("circuit_breaker_activations").asLong(),
              String.format(Locale.ROOT, "%.2f %%", l.path("pipeline_integrity").asDouble() * 100),
              l.path("passed").asBoolean() ? "PASSED" : "FAILED",
              l.path("passed").asBoolean()));
    }
    rows.sort((a, b) -> Integer.compare(a.users(), b.users()));
    Map<String, Object> scope =
        Map.of(
            "runName", results.path("test_config").path("run").asText(""),
            "verdict", results.path("verdict").asText(""),
            "passed", "PASSED".equals(results.path("verdict").asText()),
            "answer", answer,
            "levels", rows,
            "css", DashboardPage.resource(BASE + "dashboard.css"),
            "chartJs", DashboardPage.script(DashboardPage.chartJs()),
            "appJs", DashboardPage.appScript("capacity.js"),
            "dataJson", results.toString().replace("</", "<\\/"));
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, scope);
    return out.toString();
  }
}

package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nwtn.stress.files.HistogramCodec;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The one JSON blob the dashboard's charts draw from: the per-second timeline (with the load
 * generator's and the target's resources), the phases, errors by category, each class's latency
 * percentiles (read from its full histogram), each agent's execution times, and why the target's
 * metrics are missing when they are.
 */
final class ChartData {

  /** Percentiles plotted for each query class's distribution. */
  static final List<Double> PERCENTILES =
      List.of(10.0, 25.0, 50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 100.0);

  private ChartData() {}

  static ObjectNode build(ReportFolder f) {
    ObjectNode d = ReportFolder.mapper().createObjectNode();
    JsonNode t = f.timeline();
    d.set("seconds", t.path("seconds").isArray() ? t.path("seconds") : d.arrayNode());
    ObjectNode phases = d.putObject("phases");
    phases.put("ramp_up", t.path("ramp_up_seconds").asDouble(0));
    phases.put("steady", t.path("steady_seconds").asDouble(0));
    phases.put("ramp_down", t.path("ramp_down_seconds").asDouble(0));
    d.set("errors_by_category", errorCategories(f));
    d.set("classes", classes(f.results().path("query_class_results"), d));
    d.set("agents", agents(f.results().path("agent_performance"), d));
    d.put("p95_threshold_ms", threshold(f.results(), "p95_latency"));
    JsonNode target = f.results().path("target_metrics");
    d.put("target_metrics_detail", target.path("detail").asText(target.path("source").asText("")));
    return d;
  }

  private static JsonNode errorCategories(ReportFolder f) {
    ObjectNode out = ReportFolder.mapper().createObjectNode();
    JsonNode categories = f.errors().path("categories");
    if (categories.isArray()) {
      categories.forEach(c -> out.put(c.path("category").asText(), c.path("count").asLong()));
    } else {
      f.results()
          .path("error_breakdown")
          .fields()
          .forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
    }
    return out;
  }

  private static JsonNode classes(JsonNode results, ObjectNode factory) {
    ObjectNode out = factory.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = results.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Histogram h = HistogramCodec.decode(e.getValue().path("latency_histogram").asText(""));
      ObjectNode c = out.putObject(e.getKey());
      c.put("count", h.getTotalCount());
      c.put("target_ms", e.getValue().path("target_time_ms").asLong());
      ArrayNode points = c.putArray("percentiles");
      for (double p : PERCENTILES) {
        points
            .addObject()
            .put("p", p)
            .put("ms", h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(p));
      }
    }
    return out;
  }

  private static JsonNode agents(JsonNode agents, ObjectNode factory) {
    ObjectNode out = factory.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = agents.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode a = e.getValue();
      // Seconds in the results, as on the wire.
      out.putObject(e.getKey())
          .put("median_ms", a.path("median_time").asDouble() * 1000)
          .put("p95_ms", a.path("p95_time").asDouble() * 1000)
          .put("max_ms", a.path("max_time").asDouble() * 1000)
          .put("count", a.path("execution_count").asLong());
    }
    return out;
  }

  private static double threshold(JsonNode results, String check) {
    for (JsonNode c : results.path("compliance_checks")) {
      if (check.equals(c.path("name").asText())) {
        return c.path("threshold").asDouble();
      }
    }
    return 0;
  }
}

package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks every key of a report and finds the field names that are not snake_case. The keys of data
 * maps are data, not field names: error categories ({@code invalid_body:not_json}), request names
 * ({@code simple query}), agent, class and scenario names, failure messages, and the target's own
 * {@code /health} resources. A data map is known by the field that holds it.
 */
public final class ReportFieldNames {

  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** Fields whose value is a map keyed by data; the values inside are walked all the same. */
  static final Set<String> DATA_MAPS =
      Set.of(
          "agent_performance",
          "agent_performance_summary",
          "error_breakdown",
          "requests_by_name",
          "missing_agents",
          "failed_agents",
          "unknown_agents",
          "by_class",
          "query_class_results",
          "class_weights",
          "class_target_ms",
          "by_request",
          "failures",
          "failures_in_outage",
          "sidecar_failures");

  /** Fields whose whole value is the target's own data, as its {@code /health} reported it. */
  static final Set<String> DATA_TREES = Set.of("resources", "target_resources_last");

  private ReportFieldNames() {}

  /** The path of every field name of {@code report} that is not snake_case. */
  public static List<String> offenders(JsonNode report) {
    List<String> out = new ArrayList<>();
    walk(report, "", false, out);
    return out;
  }

  /** Fails, naming each offending field by its path, unless every field name is snake_case. */
  public static void assertSnakeCase(JsonNode report, String what) {
    List<String> offenders = offenders(report);
    assertTrue(offenders.isEmpty(), what + ": field names not in snake_case: " + offenders);
  }

  private static void walk(JsonNode node, String path, boolean keysAreData, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", false, out);
      }
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      if (!keysAreData && !SNAKE_CASE.matcher(key).matches()) {
        out.add(path + "/" + key);
      }
      if (!keysAreData && DATA_TREES.contains(key)) {
        continue;
      }
      walk(e.getValue(), path + "/" + key, !keysAreData && DATA_MAPS.contains(key), out);
    }
  }
}

package io.nwtn.stress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The goals of the parts that measure the load generator against the reference orchestrator
 * (fidelity, capacity, reference), each with its measured figure, whether it was met and the layout
 * it was measured in (pinned: target and generator on a core each; shared: unpinned), so a figure
 * is never read without knowing whether the generator had its own core.
 */
final class PinnedGoals {

  private PinnedGoals() {}

  static List<Map<String, Object>> of(JsonNode parts) {
    List<Map<String, Object>> goals = new ArrayList<>();
    JsonNode fidelity = parts.path("fidelity");
    JsonNode p95 = fidelity.path("percentiles").path(1);
    if (p95.has("within_goal")) {
      goals.add(
          goal(
              "fidelity",
              layout(fidelity.path("layout")),
              "P95 reported within 1 % + 2 ms of the server's truth ("
                  + fidelity.path("users").asText()
                  + " users thinking 2-10 s)",
              p95.path("suite_reported_ms").asText()
                  + " ms against "
                  + p95.path("server_truth_ms").asText()
                  + " ms, allowed "
                  + p95.path("allowed_ms").asText()
                  + " ms",
              p95.path("within_goal").asBoolean()));
    }
    JsonNode capacity = parts.path("capacity");
    JsonNode think = capacity.path("think_time_users");
    for (JsonNode level : think.path("levels")) {
      goals.add(
          goal(
              "capacity",
              layout(capacity.path("layout")),
              "steady P99 of the trivial request at "
                  + level.path("users").asText()
                  + " think-time users within "
                  + level.path("steady_p99_allowed_ms").asText()
                  + " ms (5 ms, or hiccup P99 + 2 ms when the hiccups are worse)",
              level.path("steady_p99_ms").asText()
                  + " ms (hiccup P99 "
                  + level.path("platform_hiccups").path("p99_ms").asText()
                  + " ms)",
              level.path("steady_p99_goal_met").asBoolean()));
    }
    JsonNode share = think.path("generator_cpu_share");
    if (share.has("goal_met")) {
      goals.add(
          goal(
              "capacity",
              layout(capacity.path("layout")),
              "generator's CPU at "
                  + share.path("users").asText()
                  + " users under 0.25 of its core",
              share.path("share_of_one_core").asText() + " of one core",
              share.path("goal_met").asBoolean()));
    }
    JsonNode reference = parts.path("reference");
    JsonNode refGoal = reference.path("goal");
    for (JsonNode level : reference.path("added_latency")) {
      if (level.path("in_flight").asInt() == refGoal.path("in_flight").asInt()) {
        goals.add(
            goal(
                "reference",
                layout(reference.path("layout")),
                "added P99 under 10 ms at "
                    + level.path("in_flight").asText()
                    + " in flight, round "
                    + level.path("round").asText(),
                level.path("added_p99_ms").asText() + " ms",
                level.path("added_p99_ms").asDouble() < refGoal.path("p99_below_ms").asDouble()));
      }
    }
    return goals;
  }

  private static String layout(JsonNode layout) {
    return layout.path("layout").asText("unknown");
  }

  private static Map<String, Object> goal(
      String part, String layout, String goal, String measured, boolean met) {
    Map<String, Object> g = BenchParts.figures();
    g.put("part", part);
    g.put("layout", layout);
    g.put("goal", goal);
    g.put("measured", measured);
    g.put("met", met);
    return g;
  }
}

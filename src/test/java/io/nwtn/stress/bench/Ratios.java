package io.nwtn.stress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The figures that have a reference measured in the same run, as ratios: Gatling's request rate to
 * wrk's, the suite's CPU per request to bare Gatling's, the post-processor's speed to Gatling's
 * report generation on the same log, the suite's P95 to the server-side truth, and the main job's
 * warm overhead to its goal ({@link MainJobFigures#WARM_GOAL_SECONDS}).
 */
final class Ratios {

  private Ratios() {}

  static Map<String, Object> of(JsonNode parts) {
    Map<String, Object> ratios = BenchParts.figures();
    JsonNode capacity = parts.path("capacity");
    if (capacity.has("gatling_rps_to_wrk_rps")) {
      ratios.put("gatling_rps_to_wrk_rps", capacity.get("gatling_rps_to_wrk_rps").asDouble());
    }
    JsonNode p95 = parts.path("fidelity").path("percentiles").path(1);
    if (p95.has("ratio")) {
      ratios.put("fidelity_p95_reported_to_truth", p95.get("ratio").asDouble());
    }
    JsonNode cost = parts.path("suite-cost");
    if (cost.has("suite_to_bare_ratio")) {
      ratios.put("suite_cpu_per_request_to_bare", cost.get("suite_to_bare_ratio").asDouble());
    }
    if (cost.has("suite_to_bare_ratio_without_jit")) {
      ratios.put(
          "suite_cpu_per_request_to_bare_without_jit",
          cost.get("suite_to_bare_ratio_without_jit").asDouble());
    }
    JsonNode job = parts.path("main-job");
    if (job.path("warm").has("overhead_seconds")) {
      ratios.put(
          "main_job_warm_overhead_to_goal",
          BenchParts.round(
              job.get("warm").get("overhead_seconds").asDouble()
                  / job.get("warm_goal_seconds").asDouble(),
              3));
    }
    for (Iterator<String> names = parts.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.startsWith("report-gatling-")) {
        String requests = name.substring("report-gatling-".length());
        JsonNode ours = parts.path("report-postprocessor-" + requests);
        if (ours.has("wall_seconds")) {
          ratios.put(
              "postprocessor_speedup_vs_gatling_" + requests,
              BenchParts.round(
                  parts.get(name).get("wall_seconds").asDouble()
                      / ours.get("wall_seconds").asDouble(),
                  2));
        }
      }
    }
    return ratios;
  }
}

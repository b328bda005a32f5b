package io.nwtn.stress.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** The headline figures of {@code bench-results.json}, one line each, for the console. */
final class BenchSummary {

  private BenchSummary() {}

  static void print(JsonNode results, PrintStream out) {
    JsonNode b = results.path("benchmarks");
    JsonNode p95 = b.path("fidelity").path("percentiles").path(1);
    out.printf(
        "fidelity (%s): P95 reported %s ms, server truth %s ms (within 1 %% + 2 ms: %s)%n",
        b.path("fidelity").path("layout").path("layout").asText("unknown"),
        p95.path("suite_reported_ms"),
        p95.path("server_truth_ms"),
        p95.path("within_goal"));
    JsonNode cap = b.path("capacity");
    out.printf(
        "capacity (%s): Gatling %s req/s = %s x wrk's %s; think-time users within the P99 goal:"
            + " %s of up to %s; %s bytes per user; generator CPU at 2,000 users %s of its core%n",
        cap.path("layout").path("layout").asText("unknown"),
        cap.path("gatling_rate").path("requests_per_second"),
        cap.path("gatling_rps_to_wrk_rps"),
        cap.path("wrk").path("requests_per_second"),
        cap.path("think_time_users").path("largest_level_within_5ms_p99"),
        cap.path("think_time_users").path("levels_tried_up_to"),
        cap.path("think_time_users").path("memory_per_user_bytes"),
        cap.path("think_time_users").path("generator_cpu_share").path("share_of_one_core"));
    JsonNode mon = b.path("monitoring");
    out.printf(
        "live monitoring: CPU per request %+.1f %% with the endpoint scraped (goal <= +2 %%: %s);"
            + " trivial P99 %s ms off, %s ms on, noise %s ms (within: %s)%n",
        mon.path("cpu_per_request_rise").asDouble() * 100,
        mon.path("cpu_within_goal"),
        mon.path("p99_ms_off"),
        mon.path("p99_ms_on"),
        mon.path("p99_noise_ms"),
        mon.path("p99_within_noise"));
    JsonNode cost = b.path("suite-cost");
    out.printf(
        "suite cost: CPU per request %s us bare Gatling, %s us the suite, %sx (goal <= %sx: %s);"
            + " noise %.1f %%; without the JIT compilers' CPU %sx (%s)%n",
        cost.path("cpu_us_per_request_bare"),
        cost.path("cpu_us_per_request_suite"),
        cost.path("suite_to_bare_ratio"),
        cost.path("suite_to_bare_goal"),
        cost.path("within_goal"),
        cost.path("cpu_per_request_noise").asDouble() * 100,
        cost.path("suite_to_bare_ratio_without_jit"),
        cost.path("within_goal_without_jit"));
    for (JsonNode level : b.path("reference").path("added_latency")) {
      out.printf(
          "reference orchestrator: %s in flight, round %s, added P99 %s ms%n",
          level.path("in_flight"), level.path("round"), level.path("added_p99_ms"));
    }
    out.printf(
        "reference orchestrator: throughput limit %s req/s%n",
        b.path("reference").path("throughput_limit_requests_per_second"));
    results
        .path("ratios")
        .fields()
        .forEachRemaining(r -> out.printf("ratio %s: %s%n", r.getKey(), r.getValue()));
    JsonNode machine = results.path("machine");
    out.printf(
        "goals (%s, %s cores, load average %s at the start, %s at the end):%n",
        machine.path("cpu").asText(),
        machine.path("logical_cores"),
        machine.path("load_average_at_start").asText(),
        machine.path("load_average_at_end"));
    for (JsonNode goal : results.path("goals")) {
      out.printf(
          "  %s [%s]: %s: %s, %s%n",
          goal.path("part").asText(),
          goal.path("layout").asText(),
          goal.path("goal").asText(),
          goal.path("measured").asText(),
          goal.path("met").asBoolean() ? "met" : "NOT met");
    }
    JsonNode job = b.path("main-job");
    out.println(mainJobLine(job));
  }

  /** The main job's overheads, with the warm one's goal and whether it was met. */
  static String mainJobLine(JsonNode job) {
    JsonNode warm = job.path("warm");
    String goal =
        job.has("warm_goal_seconds")
            ? String.format(
                " (goal <= %s s: %s)",
                job.get("warm_goal_seconds").asText(),
                warm.path("overhead_seconds").asDouble(Double.MAX_VALUE)
                        <= job.get("warm_goal_seconds").asDouble()
                    ? "met"
                    : "not met")
            : "";
    return String.format(
        "main job overhead: warm %s s%s, cold %s s",
        warm.path("overhead_seconds"), goal, job.path("cold").path("overhead_seconds"));
  }
}

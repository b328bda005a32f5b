package io.nwtn.stress.documents;

import io.nwtn.stress.capacity.CapacityReport;
import io.nwtn.stress.capacity.LevelResult;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.verdict.ComplianceCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code nwtn_capacity_results.json}: every level of a capacity search and its answer. */
public final class CapacityDocument {

  private CapacityDocument() {}

  public static Map<String, Object> build(CapacityReport r) {
    Map<String, Object> d = Json.object();
    d.put("test_config", config(r));
    d.put("requirements", requirements(r.limits(), r.requiredUsers()));
    List<Object> levels = new ArrayList<>();
    r.levels().forEach(l -> levels.add(level(l)));
    d.put("levels", levels);
    d.put("max_passing_users", r.maxPassingUsers());
    LevelResult failing = r.firstFailing().orElse(null);
    d.put("first_failing_level", failing == null ? null : failing.users());
    ComplianceCheck check = failing == null ? null : failing.firstFailure();
    d.put("first_failing_check", check == null ? null : check.name());
    d.put("required_users", r.requiredUsers());
    d.put("meets_requirement", r.meetsRequirement());
    d.put("headroom_ratio", Json.round(r.headroomRatio(), 4));
    d.put("capped_at_max_users", r.cappedAtMaximum());
    d.put("complete", r.completed());
    d.put("verdict", verdict(r));
    return d;
  }

  /** PASSED when the capacity meets the requirement, FAILED when not, INCOMPLETE when stopped. */
  public static String verdict(CapacityReport r) {
    if (!r.completed() || r.levels().isEmpty()) {
      return "INCOMPLETE";
    }
    return r.meetsRequirement() ? "PASSED" : "FAILED";
  }

  private static Map<String, Object> config(CapacityReport r) {
    CapacitySettings s = r.settings();
    Map<String, Object> c = Json.object();
    c.put("run", r.runName());
    c.put("base_url", r.targetUrl());
    c.put("start_users", s.startUsers());
    c.put("step", s.step().toString());
    c.put("max_users", s.maxUsers());
    c.put("arrival_seconds", s.arrival().toMillis() / 1000.0);
    c.put("hold_seconds", s.hold().toMillis() / 1000.0);
    c.put("refine", s.refine());
    c.put("precision", s.precision());
    c.put("max_refinements", s.maxRefinements());
    return c;
  }

  private static Map<String, Object> requirements(Limits l, int required) {
    Map<String, Object> q = Json.object();
    q.put("p95_latency_ms", l.p95LatencyMs());
    q.put("mean_latency_ms", l.meanLatencyMs());
    q.put("success_rate", l.successRate());
    q.put("pipeline_integrity", l.pipelineIntegrity());
    q.put("concurrency", required);
    return q;
  }

  private static Map<String, Object> level(LevelResult l) {
    Map<String, Object> e = Json.object();
    e.put("users", l.users());
    e.put("hold_start", Json.time(l.holdStartEpochMs()));
    e.put("hold_end", Json.time(l.holdEndEpochMs()));
    e.put("requests", l.requests());
    e.put("successful_requests", l.ok());
    e.put("rps", Json.round(l.rps(), 3));
    e.put("p50_latency_ms", l.p50Ms());
    e.put("p95_latency_ms", l.p95Ms());
    e.put("p99_latency_ms", l.p99Ms());
    e.put("avg_latency_ms", Json.round(l.meanMs(), 3));
    e.put("success_rate", Json.round(l.successRate(), 6));
    e.put("circuit_breaker_activations", l.breakerActivations());
    e.put("pipeline_integrity", Json.round(l.pipelineIntegrity(), 6));
    e.put("error_breakdown", l.failures());
    e.put("target_resources", l.target());
    List<Object> checks = new ArrayList<>();
    for (ComplianceCheck c : l.checks()) {
      Map<String, Object> m = Json.object();
      m.put("name", c.name());
      m.put("requirement", c.requirement());
      m.put("comparison", c.comparison());
      m.put("threshold", c.threshold());
      m.put("measured", c.measured());
      m.put("passed", c.passed());
      checks.add(m);
    }
    e.put("checks", checks);
    e.put("passed", l.passed());
    return e;
  }
}

package io.nwtn.stress.documents;

import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.verdict.RunReport;
import java.nio.file.Path;
import java.util.Map;

/**
 * The results' {@code test_config}: the fields of PRSM's {@code StressTestConfig} first, then how
 * the suite set the run up (profile, think times, class weights, simulation, requirements). The
 * thresholds and phases come from the limits the run was judged by, so they are there even for a
 * run that left no sidecar; what only the run knew (its URL, its request timeout) is {@code null}
 * then.
 */
final class TestConfig {

  private TestConfig() {}

  static Map<String, Object> build(RunReport r, Path resultsFile) {
    Sidecar s = r.sidecar();
    Map<String, Object> recorded = s == null || s.testConfig() == null ? Map.of() : s.testConfig();
    Limits l = r.limits();
    Map<String, Object> t = Json.object();
    t.put("base_url", recorded.get("target_url"));
    t.put("max_concurrent_users", recorded.getOrDefault("users", l.concurrency()));
    t.put("ramp_up_time_seconds", l.rampUpMs() / 1000.0);
    t.put("steady_state_time_seconds", l.steadyMs() / 1000.0);
    t.put("ramp_down_time_seconds", l.rampDownMs() / 1000.0);
    t.put("request_timeout_seconds", recorded.get("request_timeout_seconds"));
    t.put("max_latency_ms", l.p95LatencyMs());
    t.put("min_success_rate", l.successRate());
    t.put("output_file", resultsFile.toString());
    // what a run without its sidecar cannot show: the answers' pipelines and the resources
    t.put("enable_agent_validation", s != null);
    t.put("enable_performance_monitoring", s != null);
    recorded.forEach(t::putIfAbsent);
    if (r.log().header() != null) {
      t.put("simulation", r.log().header().simulationClassName());
      t.put("gatling_version", r.log().header().gatlingVersion());
    }
    t.put("run", r.runName());
    t.put("requirements", l);
    t.put("sidecar", s != null);
    return t;
  }
}

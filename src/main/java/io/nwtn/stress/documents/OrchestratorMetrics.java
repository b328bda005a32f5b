package io.nwtn.stress.documents;

import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.verdict.RunMetrics;
import io.nwtn.stress.verdict.RunReport;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The orchestrator's side of the results: PRSM's user sessions and request distribution, then the
 * suite's per-class results, ramp-up figures, pipeline integrity, {@code /health} and FTNS.
 */
public final class OrchestratorMetrics {

  private OrchestratorMetrics() {}

  public static Map<String, Object> build(RunReport r) {
    Map<String, Object> o = Json.object();
    RunMetrics m = r.metrics();
    long users = r.log().usersStarted();
    o.put("total_user_sessions", users);
    o.put("avg_requests_per_user", Json.round(users == 0 ? 0 : (double) m.total() / users, 3));
    o.put("request_distribution", requestDistribution(r));
    o.put("requests_by_name", r.log().requestsByName());
    o.put("users_started", r.log().usersStarted());
    o.put("ramp_up_peak_users", m.rampUpPeakUsers());
    o.put("ramp_up_requests", m.rampUpRequests());
    o.put("ramp_up_success_rate", Json.round(m.rampUpSuccessRate(), 6));
    o.put("circuit_breaker_open_answers", m.breakerAnswers());
    o.put("circuit_breaker_health_delta", m.breakerHealthDelta());
    o.put("gatling_error_records", r.log().errorRecords());
    Sidecar s = r.sidecar();
    if (s != null) {
      o.put("pipeline", s.pipeline());
      o.put("health_before", s.healthBefore());
      o.put("health_after", s.healthAfter());
    }
    return o;
  }

  /**
   * The Phase 1 requests sent of each class: the sidecar's count of them where the run recorded one
   * (it knows each request's class whatever its name), else the log's requests of the class's
   * request name.
   */
  static Map<String, Long> requestDistribution(RunReport r) {
    Map<String, Long> out = new LinkedHashMap<>();
    Map<String, Sidecar.ClassRecord> recorded =
        r.sidecar() == null || r.sidecar().classes() == null ? null : r.sidecar().classes();
    Map<String, Long> logged = r.log().requestsByName();
    for (QueryClass c : QueryClass.values()) {
      Sidecar.ClassRecord rc = recorded == null ? null : recorded.get(c.wireName());
      out.put(
          c.wireName(),
          recorded == null
              ? logged.getOrDefault(c.requestName(), 0L)
              : rc == null ? 0 : rc.count());
    }
    return out;
  }

  /** Per query class: counts, percentiles and how many answers missed the class's target. */
  public static Map<String, Object> classResults(Sidecar s) {
    Map<String, Object> out = Json.object();
    if (s == null || s.classes() == null) {
      return out;
    }
    s.classes()
        .forEach(
            (name, c) -> {
              Histogram h = HistogramCodec.decode(c.latencyMs());
              long target = s.limits().classTargetMs().getOrDefault(name, 0L);
              Map<String, Object> e = Json.object();
              e.put("count", c.count());
              e.put("successful", c.ok());
              e.put("failed", c.failed());
              e.put(
                  "success_rate", Json.round(c.count() == 0 ? 0 : (double) c.ok() / c.count(), 6));
              e.put("target_time_ms", target);
              e.put("over_target", c.overTarget());
              e.put("p50_latency_ms", h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(50));
              e.put("p95_latency_ms", h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(95));
              e.put("max_latency_ms", h.getMaxValue());
              e.put("meets_target", c.count() > 0 && h.getValueAtPercentile(95) < target);
              e.put("latency_histogram", c.latencyMs());
              out.put(name, e);
            });
    return out;
  }

  /** Context used against allocation and FTNS charged per unit of context. */
  public static Map<String, Object> ftns(Sidecar s) {
    Map<String, Object> f = Json.object();
    if (s == null || s.ftns() == null) {
      return f;
    }
    Sidecar.FtnsRecord r = s.ftns();
    f.put("responses", r.responses());
    f.put("context_allocated", r.contextAllocated());
    f.put("context_used", r.contextUsed());
    f.put(
        "context_utilization",
        Json.round(
            r.contextAllocated() == 0 ? 0 : (double) r.contextUsed() / r.contextAllocated(), 6));
    f.put("ftns_charged", Json.round(r.ftnsCharged(), 6));
    f.put("over_allocation", r.overAllocation());
    f.put("context_sum_mismatch", r.stepSumMismatch());
    f.put(
        "accounting_accuracy",
        Json.round(r.responses() == 0 ? 1 : (double) r.accurate() / r.responses(), 6));
    f.put("ftns_per_context_min", r.ftnsPerContextMinMicro() / 1_000_000.0);
    f.put("ftns_per_context_max", r.ftnsPerContextMaxMicro() / 1_000_000.0);
    f.put(
        "ftns_rate_consistent",
        r.ftnsPerContextMaxMicro() - r.ftnsPerContextMinMicro()
            <= r.ftnsPerContextMaxMicro() / 100);
    return f;
  }
}

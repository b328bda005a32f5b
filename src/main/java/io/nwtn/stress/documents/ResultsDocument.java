package io.nwtn.stress.documents;

import io.nwtn.stress.analysis.RequestFigures;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.verdict.Compliance;
import io.nwtn.stress.verdict.RunMetrics;
import io.nwtn.stress.verdict.RunReport;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code nwtn_stress_test_results.json}: the field names of PRSM's original stress script at every
 * level, plus the suite's own: the rating, the kind of target, the compliance checks, per-class
 * results, FTNS accounting, the target's own resources and Gatling's own P95. Its contract is
 * {@code docs/schemas/nwtn_stress_test_results.schema.json}.
 */
public final class ResultsDocument {

  private ResultsDocument() {}

  /**
   * The results of a judged run.
   *
   * @param resultsFile where the results are written, PRSM's {@code test_config.output_file}
   */
  public static Map<String, Object> build(RunReport r, Path resultsFile) {
    Map<String, Object> d = Json.object();
    prsmFields(d, r, resultsFile);
    suiteFields(d, r);
    return d;
  }

  /** The fields of PRSM's stress script, in its order. */
  private static void prsmFields(Map<String, Object> d, RunReport r, Path resultsFile) {
    RunMetrics m = r.metrics();
    Compliance c = r.compliance();
    d.put("test_config", TestConfig.build(r, resultsFile));
    d.put("start_time", Json.time(m.startEpochMs()));
    d.put("end_time", Json.time(m.endEpochMs()));
    d.put("duration_seconds", Json.round(m.durationSeconds(), 3));
    d.put("total_requests", m.total());
    d.put("successful_requests", m.ok());
    d.put("failed_requests", m.failed());
    d.put("success_rate", Json.round(m.successRate(), 6));
    d.put("avg_latency_ms", Json.round(m.meanMs(), 3));
    d.put("p50_latency_ms", m.p50Ms());
    d.put("p95_latency_ms", m.p95Ms());
    d.put("p99_latency_ms", m.p99Ms());
    d.put("max_latency_ms", m.maxMs());
    d.put("max_concurrent_users", m.maxConcurrentUsers());
    d.put("peak_rps", m.peakRps());
    d.put("avg_rps", Json.round(m.avgRps(), 3));
    d.put("phase1_latency_compliance", c.passed(Compliance.LATENCY));
    d.put("phase1_concurrency_compliance", c.passed(Compliance.CONCURRENCY));
    d.put("phase1_success_rate_compliance", c.passed(Compliance.SUCCESS_RATE));
    d.put("phase1_overall_compliance", c.passed());
    d.put("agent_performance", r.agents());
    d.put("orchestrator_metrics", OrchestratorMetrics.build(r));
    d.put("system_metrics", SystemMetrics.build(r.sidecar()));
    d.put("error_breakdown", r.errors().counts());
    d.put("circuit_breaker_activations", m.breakerActivations());
    d.put("performance_recommendations", PerformanceRecommendations.lines(r));
  }

  /** What the suite adds beside PRSM's fields. */
  private static void suiteFields(Map<String, Object> d, RunReport r) {
    d.put("verdict", r.verdict());
    d.put("target_kind", targetKind(r).wireName());
    d.put("performance_rating", r.rating().wireName());
    d.put("phase1_pipeline_compliance", r.compliance().passed(Compliance.PIPELINE));
    d.put("pipeline_integrity", r.metrics().pipelineIntegrity());
    d.put("compliance_checks", r.compliance().checks());
    d.put("recommendations", r.recommendations());
    d.put("complete", r.faults().completeness().complete());
    d.put("incomplete_reasons", r.faults().completeness().reasons());
    d.put("error_injection", r.faults().injection().toJson());
    d.put("recovery", r.faults().recovery().toJson());
    d.put("query_class_results", OrchestratorMetrics.classResults(r.sidecar()));
    d.put("ftns_accounting", OrchestratorMetrics.ftns(r.sidecar()));
    d.put("target_metrics", TargetMetricsSection.build(r.target()));
    d.put("gatling_p95_latency_ms", r.metrics().gatlingP95Ms());
    d.put("response_time_histogram", HistogramCodec.encode(r.requests().responseTimes()));
    d.put("figure_sources", sources(r));
  }

  /**
   * Where each part of the results came from: {@code simulation.log}, or the in-run recorder's
   * sidecar for what the log lost when the run was stopped before Gatling wrote its last buffer.
   */
  private static Map<String, Object> sources(RunReport r) {
    String requests = r.requests().source();
    String recorder = r.sidecar() == null ? "none" : RequestFigures.SIDECAR;
    Map<String, Object> s = Json.object();
    s.put("requests", requests);
    s.put("latency", requests);
    s.put(
        "error_breakdown",
        r.errors().answeredSource().equals(RequestFigures.SIDECAR)
            ? RequestFigures.SIDECAR
            : requests);
    s.put("concurrency", RequestFigures.LOG);
    s.put("timeline", RequestFigures.LOG);
    s.put("query_classes", recorder);
    s.put("agents", recorder);
    s.put("ftns", recorder);
    s.put("target_metrics", r.target().samples() > 0 ? RequestFigures.SIDECAR : "none");
    return s;
  }

  /** What the run talked to, as recorded in its sidecar. */
  static TargetKind targetKind(RunReport r) {
    return r.sidecar() == null ? TargetKind.UNKNOWN : r.sidecar().targetKind();
  }
}

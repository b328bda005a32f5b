package io.nwtn.stress.verdict;

import io.nwtn.stress.analysis.AgentStats;
import io.nwtn.stress.analysis.ErrorBreakdown;
import io.nwtn.stress.analysis.FaultFindings;
import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.RequestFigures;
import io.nwtn.stress.analysis.TargetResources;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * A judged run: the figures, the compliance checks, the rating, the recommendations and the error
 * breakdown, from {@code simulation.log} and (when present) the sidecar.
 *
 * @param runName the run folder's name, also the name of the report folder
 * @param sidecar what the simulation recorded, or {@code null}
 * @param requests the Phase 1 requests' counts and response times, from the log or the sidecar
 * @param faults the injected requests, the outage and recovery, and whether the run is complete
 * @param target the target's own resources, from the metrics it serves
 */
public record RunReport(
    String runName,
    LogAnalysis log,
    Sidecar sidecar,
    Limits limits,
    RequestFigures requests,
    RunMetrics metrics,
    Compliance compliance,
    Rating rating,
    List<Recommendation> recommendations,
    Map<String, AgentStats> agents,
    ErrorBreakdown errors,
    FaultFindings faults,
    TargetResources target) {

  /** Judges a run. */
  public static RunReport of(
      String runName,
      LogAnalysis log,
      Sidecar sidecar,
      Limits limits,
      ReportSettings settings,
      FaultFindings faults) {
    RequestFigures requests = RequestFigures.of(log, sidecar);
    RunMetrics metrics = RunMetrics.compute(log, requests, sidecar, limits);
    Map<String, AgentStats> agents =
        AgentStats.of(sidecar == null ? Map.of() : sidecar.agentTimesUs());
    double warnS = settings.agentP95Warning().toMillis() / 1000.0;
    TargetResources target = TargetResources.of(sidecar);
    List<Recommendation> recommendations =
        new java.util.ArrayList<>(
            Recommendations.of(
                metrics,
                limits,
                agents,
                warnS,
                classP95(sidecar),
                sidecar == null ? null : sidecar.pipeline()));
    recommendations.addAll(ResourceFindings.of(target, sidecar));
    return new RunReport(
        runName,
        log,
        sidecar,
        limits,
        requests,
        metrics,
        Compliance.evaluate(metrics, limits)
            .withEarlyStop(sidecar == null ? null : sidecar.stoppedEarly()),
        Rating.of(metrics.p95Ms(), metrics.successRate()),
        List.copyOf(recommendations),
        agents,
        ErrorBreakdown.of(log, requests, sidecar),
        faults,
        target);
  }

  /** A run passes only when it met every requirement and its reports cover the whole run. */
  public boolean passed() {
    return compliance.passed() && faults.completeness().complete();
  }

  /** PASSED, FAILED, or INCOMPLETE for a run whose reports do not cover all of it. */
  public String verdict() {
    return faults.completeness().complete() ? compliance.verdict() : "INCOMPLETE";
  }

  /** Per query class with answers, the P95 of its response times from the sidecar. */
  static Map<String, Long> classP95(Sidecar sidecar) {
    Map<String, Long> out = new LinkedHashMap<>();
    if (sidecar != null && sidecar.classes() != null) {
      sidecar
          .classes()
          .forEach(
              (name, c) -> {
                Histogram h = HistogramCodec.decode(c.latencyMs());
                if (h.getTotalCount() > 0) {
                  out.put(name, h.getValueAtPercentile(95));
                }
              });
    }
    return out;
  }
}

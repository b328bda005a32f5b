package io.nwtn.stress.report;

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
 */
public record RunReport(
    String runName,
    LogAnalysis log,
    Sidecar sidecar,
    Limits limits,
    RunMetrics metrics,
    Compliance compliance,
    Rating rating,
    List<Recommendation> recommendations,
    Map<String, AgentStats> agents,
    ErrorBreakdown errors) {

  /** Judges a run. */
  public static RunReport of(
      String runName, LogAnalysis log, Sidecar sidecar, Limits limits, ReportSettings settings) {
    RunMetrics metrics = RunMetrics.compute(log, sidecar, limits);
    Map<String, AgentStats> agents =
        AgentStats.of(sidecar == null ? Map.of() : sidecar.agentTimesUs());
    double warnS = settings.agentP95Warning().toMillis() / 1000.0;
    return new RunReport(
        runName,
        log,
        sidecar,
        limits,
        metrics,
        Compliance.evaluate(metrics, limits),
        Rating.of(metrics.p95Ms(), metrics.successRate()),
        Recommendations.of(metrics, limits, agents, warnS, classP95(sidecar)),
        agents,
        ErrorBreakdown.of(log, sidecar));
  }

  public boolean passed() {
    return compliance.passed();
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

package io.nwtn.stress.verdict;

import io.nwtn.stress.analysis.AgentStats;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a run's figures into the seed's recommendations, most serious first. */
public final class Recommendations {

  private Recommendations() {}

  /** The findings of a run without per-class figures. */
  public static List<Recommendation> of(
      RunMetrics m, Limits limits, Map<String, AgentStats> agents, double agentP95WarningS) {
    return of(m, limits, agents, agentP95WarningS, Map.of());
  }

  /** The findings of a run whose pipeline was not looked at. */
  public static List<Recommendation> of(
      RunMetrics m,
      Limits limits,
      Map<String, AgentStats> agents,
      double agentP95WarningS,
      Map<String, Long> classP95Ms) {
    return of(m, limits, agents, agentP95WarningS, classP95Ms, null);
  }

  /**
   * The findings of a run; empty when there is nothing to improve.
   *
   * @param classP95Ms per query class, the P95 of its response times
   * @param pipeline what the traces said about the pipeline, or {@code null}
   */
  public static List<Recommendation> of(
      RunMetrics m,
      Limits limits,
      Map<String, AgentStats> agents,
      double agentP95WarningS,
      Map<String, Long> classP95Ms,
      Sidecar.PipelineRecord pipeline) {
    List<Recommendation> out = new ArrayList<>();
    if (m.p95Ms() >= limits.p95LatencyMs()) {
      out.add(
          critical(
              String.format(
                  Locale.ROOT,
                  "P95 latency (%dms) exceeds target (%dms)",
                  m.p95Ms(),
                  limits.p95LatencyMs()),
              "Optimize agent pipeline execution",
              "Implement request caching",
              "Consider agent parallelization"));
    }
    if (m.meanMs() >= limits.meanLatencyMs()) {
      out.add(
          critical(
              String.format(
                  Locale.ROOT,
                  "Average latency (%.0fms) exceeds target (%dms)",
                  m.meanMs(),
                  limits.meanLatencyMs()),
              "Profile the slowest agents of the pipeline",
              "Reduce per-request work on the hot path"));
    }
    if (m.successRate() < limits.successRate()) {
      out.add(
          critical(
              "Success rate ("
                  + percent(m.successRate())
                  + ") below target ("
                  + percent(limits.successRate())
                  + ")",
              "Investigate error patterns",
              "Implement better error handling",
              "Add circuit breaker fallbacks"));
    }
    addConcurrency(out, m, limits);
    if (m.breakerActivations() > 0) {
      out.add(
          critical(
              "Circuit breaker activated " + m.breakerActivations() + " time(s)",
              "Find what failed before the breaker opened in the error breakdown",
              "Review the breaker's failure threshold and cool-down"));
    }
    PipelineFindings.of(m, limits, pipeline).ifPresent(out::add);
    classP95Ms.forEach(
        (name, p95) -> {
          Long target = limits.classTargetMs().get(name);
          if (target != null && p95 >= target) {
            out.add(
                new Recommendation(
                    Severity.WARNING,
                    "Class " + name + " P95 (" + p95 + "ms) exceeds its target (" + target + "ms)",
                    List.of(
                        "Check the agents this class runs in the agent performance table",
                        "Review the class's context allocation and pipeline length")));
          }
        });
    agents.forEach(
        (agent, stats) -> {
          if (stats.p95Time() > agentP95WarningS) {
            out.add(agentWarning(agent, stats.p95Time()));
          }
        });
    return out;
  }

  private static void addConcurrency(List<Recommendation> out, RunMetrics m, Limits limits) {
    if (m.maxConcurrentUsers() < limits.concurrency()) {
      out.add(
          critical(
              "Concurrent users ("
                  + m.maxConcurrentUsers()
                  + ") below target ("
                  + limits.concurrency()
                  + ")",
              "Check that the load generator can open enough connections",
              "Lengthen the steady phase or raise the user count"));
    } else if (m.rampUpPeakUsers() < limits.concurrency()
        || m.rampUpSuccessRate() < limits.successRate()) {
      out.add(
          critical(
              "User ramp-up failed ("
                  + m.rampUpPeakUsers()
                  + " users by its end, "
                  + percent(m.rampUpSuccessRate())
                  + " success)",
              "Warm up the orchestrator before the load",
              "Lengthen the ramp-up"));
    }
  }

  private static Recommendation agentWarning(String agent, double p95Seconds) {
    String name = Character.toUpperCase(agent.charAt(0)) + agent.substring(1);
    String message = String.format(Locale.ROOT, "%s agent P95 time high: %.1fs", name, p95Seconds);
    if ("executor".equals(agent)) {
      return new Recommendation(
          Severity.WARNING,
          message,
          List.of(
              "Optimize model API calls", "Implement connection pooling", "Add timeout handling"));
    }
    return new Recommendation(
        Severity.WARNING,
        message,
        List.of("Profile the " + agent + " agent", "Cache its results where inputs repeat"));
  }

  private static Recommendation critical(String message, String... actions) {
    return new Recommendation(Severity.CRITICAL, message, List.of(actions));
  }

  public static String percent(double rate) {
    double p = rate * 100;
    return p == Math.rint(p)
        ? String.format(Locale.ROOT, "%.0f%%", p)
        : String.format(Locale.ROOT, "%.1f%%", p);
  }
}

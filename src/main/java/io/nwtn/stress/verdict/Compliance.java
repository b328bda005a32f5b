package io.nwtn.stress.verdict;

import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import java.util.List;

/**
 * The Phase 1 requirements applied to a run's figures. The verdict is PASSED only when every check
 * passes.
 */
public record Compliance(List<ComplianceCheck> checks) {

  public static final String LATENCY = "latency";
  public static final String CONCURRENCY = "concurrency";
  public static final String SUCCESS_RATE = "success_rate";
  public static final String PIPELINE = "pipeline";

  /** Checks every requirement of {@code limits} against {@code m}. */
  public static Compliance evaluate(RunMetrics m, Limits limits) {
    return new Compliance(
        List.of(
            ComplianceCheck.below(
                "p95_latency", "P95 latency (ms)", LATENCY, limits.p95LatencyMs(), m.p95Ms()),
            ComplianceCheck.below(
                "mean_latency",
                "average latency (ms)",
                LATENCY,
                limits.meanLatencyMs(),
                m.meanMs()),
            ComplianceCheck.atLeast(
                "max_concurrent_users",
                "concurrent users sustained",
                CONCURRENCY,
                limits.concurrency(),
                m.maxConcurrentUsers()),
            ComplianceCheck.atLeast(
                "ramp_up_concurrency",
                "concurrent users reached by the end of ramp-up",
                CONCURRENCY,
                limits.concurrency(),
                m.rampUpPeakUsers()),
            ComplianceCheck.atLeast(
                "ramp_up_success_rate",
                "success rate of requests started during ramp-up",
                CONCURRENCY,
                limits.successRate(),
                m.rampUpSuccessRate()),
            ComplianceCheck.atLeast(
                "success_rate",
                "success rate",
                SUCCESS_RATE,
                limits.successRate(),
                m.successRate()),
            ComplianceCheck.equal(
                "circuit_breaker_activations",
                "circuit breaker activations",
                SUCCESS_RATE,
                0,
                m.breakerActivations()),
            pipelineIntegrity(m, limits)));
  }

  /**
   * All agents functioning: the share of successful answers whose trace holds every agent expected
   * for its class, each succeeded, in pipeline order, with an unbroken chain. A run that recorded
   * no traces cannot show it and fails the check.
   */
  private static ComplianceCheck pipelineIntegrity(RunMetrics m, Limits limits) {
    String requirement = "answers with every expected agent working, in order, chain unbroken";
    if (m.pipelineIntegrity() == null) {
      return new ComplianceCheck(
          "pipeline_integrity",
          requirement + " (no traces recorded)",
          PIPELINE,
          ">=",
          limits.pipelineIntegrity(),
          0,
          false);
    }
    return ComplianceCheck.atLeast(
        "pipeline_integrity",
        requirement,
        PIPELINE,
        limits.pipelineIntegrity(),
        m.pipelineIntegrity());
  }

  /** The name of the check a run stopped early by abort-on-fail fails. */
  public static final String STOPPED_EARLY = "stopped_early";

  /**
   * These checks, and for a run that abort-on-fail stopped early one more that fails, named {@value
   * #STOPPED_EARLY}, whose requirement is the reason ({@code stopped early: <check> (<detail>)})
   * and whose group is the lost check's, so the run is FAILED whatever its shortened figures say.
   */
  public Compliance withEarlyStop(Sidecar.EarlyStop stop) {
    if (stop == null) {
      return this;
    }
    String group =
        checks.stream()
            .filter(c -> c.name().equals(stop.check()))
            .map(ComplianceCheck::group)
            .findFirst()
            .orElse(SUCCESS_RATE);
    List<ComplianceCheck> all = new java.util.ArrayList<>(checks);
    all.add(new ComplianceCheck(STOPPED_EARLY, stop.reason(), group, "==", 0, 1, false));
    return new Compliance(List.copyOf(all));
  }

  /** Whether every check of a group passed. */
  public boolean passed(String group) {
    return checks.stream().filter(c -> c.group().equals(group)).allMatch(ComplianceCheck::passed);
  }

  public boolean passed() {
    return checks.stream().allMatch(ComplianceCheck::passed);
  }

  public String verdict() {
    return passed() ? "PASSED" : "FAILED";
  }

  public List<ComplianceCheck> failures() {
    return checks.stream().filter(c -> !c.passed()).toList();
  }
}

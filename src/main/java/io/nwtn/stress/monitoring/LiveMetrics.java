package io.nwtn.stress.monitoring;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.jvm.JvmMetricSet;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.verdict.ComplianceCheck;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.core.metrics.Info;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.List;
import java.util.TreeSet;

/**
 * The run's metrics in a Prometheus registry of its own, named by Prometheus's conventions (base
 * units, {@code _total} counters) and labelled with the run (and the injector of a distributed
 * run). Counters and histograms are updated from Gatling's threads without a lock; gauges by the
 * monitor's own thread. The load generator's JVM and process metrics are the library's standard
 * collectors.
 */
final class LiveMetrics {

  static final String OK = "ok";
  static final String KO = "ko";
  static final List<String> BREAKER_STATES = List.of("closed", "open", "half_open", "unknown");

  final PrometheusRegistry registry = new PrometheusRegistry();
  final Labels run;
  final Counter requests;
  final Counter injected;
  final Histogram duration;
  final Counter failures;
  final Histogram agentSeconds;
  final Counter ftnsCharged;
  final Counter contextUsed;
  final Gauge breakerActivations;
  final Gauge breakerState;
  final Gauge requirementMet;
  final Gauge capacityLevel;
  final Gauge loadGeneratorCpu;
  final Gauge targetMemoryLimit;
  final Info runInfo;

  LiveMetrics(Labels run, Limits limits) {
    this.run = run;
    requests =
        counter(
            "nwtn_requests_total",
            "Phase 1 requests by query class and outcome (ok: a 200 that meets the contract)",
            "query_class",
            "outcome");
    injected =
        counter(
            "nwtn_injected_requests_total",
            "Deliberately bad requests; ok: rejected as documented, in time",
            "outcome");
    duration =
        histogram(
            "nwtn_request_duration_seconds",
            "Response time of Phase 1 requests, as Gatling measures it",
            "query_class",
            durationBuckets(limits));
    failures =
        counter(
            "nwtn_failures_total",
            "Failed Phase 1 requests by the category of error_breakdown.json",
            "category");
    agentSeconds =
        histogram(
            "nwtn_agent_execution_seconds",
            "execution_time of each agent step in the reasoning traces of valid answers",
            "agent",
            0.01,
            0.025,
            0.05,
            0.1,
            0.25,
            0.5,
            1,
            2,
            5,
            10);
    ftnsCharged = counter("nwtn_ftns_charged_total", "ftns_charged of valid answers");
    contextUsed = counter("nwtn_context_used_total", "context_used of valid answers");
    breakerActivations =
        gauge(
            "nwtn_circuit_breaker_activations",
            "Breaker activations since the run began: the larger of the 503 circuit_breaker_open"
                + " answers and the growth of /health's counter");
    breakerState =
        gauge(
            "nwtn_circuit_breaker_state",
            "The target's breaker state in /health: 1 for the current state",
            "state");
    requirementMet =
        gauge(
            "nwtn_requirement_met",
            "1 when the requirement is met by the run so far, else 0 (verdict.Compliance)",
            "requirement");
    capacityLevel =
        gauge(
            "nwtn_capacity_level_users",
            "The users of a capacity search's current level over all load generators (0 outside a"
                + " capacity search)");
    loadGeneratorCpu =
        gauge(
            "nwtn_load_generator_cpu_ratio",
            "The load generator machine's CPU load, 0 to 1, as system_metrics samples it; above 0.8"
                + " the measurement itself may be distorted");
    targetMemoryLimit =
        gauge(
            "nwtn_target_memory_limit_bytes",
            "The target's memory limit of nwtn.target.memory-limit, for alerting on its resident"
                + " memory; 0 when unknown");
    runInfo =
        Info.builder()
            .name("nwtn_run_info")
            .help("The run's phase and profile")
            .labelNames("phase", "profile")
            .constLabels(run)
            .register(registry);
    JvmMetricSet.register(registry);
    zeroSeries();
  }

  /** Every known series at 0 from the start, so a scrape before the first answer shows them. */
  private void zeroSeries() {
    for (QueryClass c : QueryClass.values()) {
      requests.labelValues(c.wireName(), OK);
      requests.labelValues(c.wireName(), KO);
      duration.labelValues(c.wireName());
    }
    injected.labelValues(OK);
    injected.labelValues(KO);
    for (Agent a : Agent.values()) {
      agentSeconds.labelValues(a.wireName());
    }
    breakerState(null);
  }

  /** Sets the breaker state gauge: 1 for {@code state} (unknown when null), 0 for the others. */
  void breakerState(String state) {
    String current = state != null && BREAKER_STATES.contains(state) ? state : "unknown";
    BREAKER_STATES.forEach(s -> breakerState.labelValues(s).set(s.equals(current) ? 1 : 0));
  }

  void requirements(List<ComplianceCheck> checks) {
    checks.forEach(c -> requirementMet.labelValues(c.name()).set(c.passed() ? 1 : 0));
  }

  /**
   * Buckets of the response-time histogram in seconds: a spread from 50 ms to 60 s with the P95
   * limit and each class's target time among them, so a dashboard can count answers within each.
   */
  static double[] durationBuckets(Limits limits) {
    TreeSet<Double> bounds =
        new TreeSet<>(List.of(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0, 30.0, 60.0));
    bounds.add(limits.p95LatencyMs() / 1000.0);
    bounds.add(limits.meanLatencyMs() / 1000.0);
    limits.classTargetMs().values().forEach(ms -> bounds.add(ms / 1000.0));
    return bounds.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private Counter counter(String name, String help, String... labels) {
    return Counter.builder()
        .name(name)
        .help(help)
        .labelNames(labels)
        .constLabels(run)
        .withoutExemplars()
        .register(registry);
  }

  /** A classic histogram in seconds: its buckets are what a dashboard can count within. */
  private Histogram histogram(String name, String help, String label, double... bounds) {
    return Histogram.builder()
        .name(name)
        .help(help)
        .unit(Unit.SECONDS)
        .labelNames(label)
        .constLabels(run)
        .classicOnly()
        .classicUpperBounds(bounds)
        .withoutExemplars()
        .register(registry);
  }

  private Gauge gauge(String name, String help, String... labels) {
    return Gauge.builder()
        .name(name)
        .help(help)
        .labelNames(labels)
        .constLabels(run)
        .register(registry);
  }
}

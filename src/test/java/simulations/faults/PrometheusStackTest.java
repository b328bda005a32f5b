package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.Eventually;
import io.nwtn.stress.testing.LocalPrometheus;
import io.nwtn.stress.testing.ShippedMonitoring;
import io.nwtn.stress.testing.SlowTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped monitoring stack for real: Debian's Prometheus with {@code deploy/monitoring}'s
 * configuration and rules (ports rewritten to the test's, 1 s intervals) scrapes a short stress run
 * and the reference orchestrator's own {@code /metrics}. Through Prometheus's HTTP API: both were
 * scraped, every expression of the Grafana dashboard and of the rules evaluates and returns data,
 * and the request count and the P95 (at bucket resolution) agree with the final report.
 */
@SlowTest
class PrometheusStackTest {

  @TempDir static Path dir;
  static ReferenceOrchestrator target;
  static LocalPrometheus prometheus;
  static ShortRun run;

  @BeforeAll
  static void runUnderPrometheus() throws Exception {
    Path binary = LocalPrometheus.binary("prometheus").orElse(null);
    assumeTrue(binary != null, "prometheus is not installed: run make install-monitoring");
    LiveMonitor.closeCurrent();
    // one answer in ten fails, so the error panels have categories to show
    target =
        ReferenceOrchestrator.start(
            ReferenceSettings.fromConfig(
                ConfigFactory.parseString(
                        "nwtn.reference.auth.token = \"\"\n"
                            + "nwtn.reference.faults { latency-factor = 0.1, error-ratio = 0.1 }")
                    .withFallback(ConfigFactory.defaultReference())
                    .resolve()),
            "127.0.0.1",
            0);
    AtomicReference<Object> started = new AtomicReference<>();
    Thread starter = startWhenTheRunServes(binary, started);
    try {
      run =
          ShortRun.of(
              dir.resolve("run"),
              target.baseUri().toString(),
              Map.of("nwtn.load.steady", "6s", "nwtn.target.memory-limit", "2GiB"));
    } finally {
      starter.join(60_000);
    }
    if (started.get() instanceof Throwable t) {
      throw new AssertionError("Prometheus did not start", t);
    }
    prometheus = (LocalPrometheus) started.get();
    long total = run.results().get("total_requests").asLong();
    Eventually.await(
        "Prometheus scraped the run's final count, " + total + ", and evaluated its rules",
        Duration.ofSeconds(30),
        () -> value("sum(run_id:nwtn_requests:total)") == total && rulesEvaluated());
  }

  /**
   * The suite's endpoint is on port 0, so Prometheus is configured once the run serves it; the
   * endpoint stays up after the run, so Prometheus still sees its final state.
   */
  static Thread startWhenTheRunServes(Path binary, AtomicReference<Object> started) {
    Thread t =
        new Thread(
            () -> {
              try {
                Eventually.await(
                    "the run's live endpoint",
                    Duration.ofSeconds(60),
                    () -> LiveMonitor.current().flatMap(LiveMonitor::url).isPresent());
                URI suite = LiveMonitor.current().flatMap(LiveMonitor::url).orElseThrow();
                Path config =
                    ShippedMonitoring.prometheusConfig(
                        dir.resolve("prometheus"),
                        "1s",
                        Map.of(
                            "nwtn-suite", "127.0.0.1:" + suite.getPort(),
                            "nwtn-target", "127.0.0.1:" + target.port()));
                started.set(LocalPrometheus.start(binary, config, dir.resolve("prometheus")));
              } catch (Throwable e) {
                started.set(e);
              }
            },
            "prometheus-starter");
    t.start();
    return t;
  }

  @AfterAll
  static void close() throws InterruptedException {
    if (prometheus != null) {
      prometheus.close();
    }
    LiveMonitor.closeCurrent();
    if (target != null) {
      target.close();
    }
  }

  @Test
  void theSuiteAndTheTargetWereScraped() throws IOException {
    assertEquals(1, value("min(up{job=\"nwtn-suite\"})"), prometheus.log());
    assertEquals(1, value("min(up{job=\"nwtn-target\"})"), prometheus.log());
    assertTrue(value("sum(process_resident_memory_bytes{job=\"nwtn-target\"})") > 0);
  }

  @Test
  void theRequestCountIsTheReports() throws IOException {
    JsonNode r = run.results();
    assertEquals(r.get("total_requests").asLong(), (long) value("sum(nwtn_requests_total)"));
    assertEquals(
        r.get("successful_requests").asLong(),
        (long) value("sum(nwtn_requests_total{outcome=\"ok\"})"));
    assertTrue(r.get("failed_requests").asLong() > 0, "the target failed one answer in ten");
  }

  @Test
  void theP95IsTheReportsAtBucketResolution() throws IOException {
    double estimate = value("max(run_id:nwtn_request_duration_seconds:p95)");
    double exact = run.results().get("p95_latency_ms").asLong() / 1000.0;
    TreeSet<Double> bounds = new TreeSet<>();
    for (JsonNode s : prometheus.query("nwtn_request_duration_seconds_bucket")) {
      String le = s.path("metric").path("le").asText();
      if (!le.equals("+Inf")) {
        bounds.add(Double.parseDouble(le));
      }
    }
    // a bucket holds the values above the bound before it, up to and including its own
    assertEquals(
        bounds.ceiling(exact),
        bounds.ceiling(estimate),
        "report P95 " + exact + " s, Prometheus " + estimate + " s, buckets " + bounds);
  }

  @Test
  void everyExpressionOfTheGrafanaDashboardReturnsData() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String expr : ShippedMonitoring.dashboardExpressions()) {
      check(ShippedMonitoring.forPrometheus(expr), problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyRuleEvaluatesAndEachRuleOrAlertOperandReturnsData() throws IOException {
    List<String> problems = new ArrayList<>();
    for (JsonNode group : prometheus.api("/api/v1/rules").path("data").path("groups")) {
      for (JsonNode rule : group.path("rules")) {
        if (!"ok".equals(rule.path("health").asText())) {
          problems.add(
              rule.path("name").asText()
                  + ": "
                  + rule.path("health")
                  + " "
                  + rule.path("lastError"));
        }
      }
    }
    List<ShippedMonitoring.Rule> rules = ShippedMonitoring.rules();
    for (ShippedMonitoring.Rule rule : rules) {
      // the whole alert evaluates (it may rightly be empty: nothing to fire)...
      prometheus.query(rule.expr());
      // ...and what it compares has data, so it can fire
      check(rule.operand(), problems);
    }
    assertEquals(List.of(), problems);
    assertEquals(rules.size(), countRules(), "Prometheus loaded every rule of the shipped files");
  }

  /** Evaluates {@code expr}: an error fails at once; a result without a number is a problem. */
  private static void check(String expr, List<String> problems) throws IOException {
    JsonNode result = prometheus.query(expr);
    boolean finite = false;
    for (JsonNode s : result) {
      double v = Double.parseDouble(s.path("value").get(1).asText());
      finite |= Double.isFinite(v);
    }
    if (!finite) {
      problems.add(expr + " returned " + result);
    }
  }

  private static int countRules() throws IOException {
    int n = 0;
    for (JsonNode group : prometheus.api("/api/v1/rules").path("data").path("groups")) {
      n += group.path("rules").size();
    }
    return n;
  }

  private static boolean rulesEvaluated() {
    try {
      for (JsonNode group : prometheus.api("/api/v1/rules").path("data").path("groups")) {
        for (JsonNode rule : group.path("rules")) {
          if ("unknown".equals(rule.path("health").asText())) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The single value of an instant query, NaN without one. */
  private static double value(String expr) {
    try {
      JsonNode result = prometheus.query(expr);
      return result.isEmpty()
          ? Double.NaN
          : Double.parseDouble(result.get(0).path("value").get(1).asText());
    } catch (IOException e) {
      return Double.NaN;
    }
  }
}

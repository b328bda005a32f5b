package io.nwtn.stress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.LocalPrometheus;
import io.nwtn.stress.testing.ShippedMonitoring;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Prometheus's own tool on the shipped configuration: it loads with its rules, and the alerts' unit
 * tests ({@code nwtn-alerts.test.yml}) fire each alert on the series that break its requirement and
 * no other.
 */
@SlowTest
class PrometheusRulesTest {

  static Path promtool() {
    Optional<Path> p = LocalPrometheus.binary("promtool");
    assumeTrue(p.isPresent(), "promtool is not installed: run make install-monitoring");
    return p.get();
  }

  @Test
  void theConfigurationAndItsRuleFilesAreValid() throws Exception {
    BoundedProcess.Result r =
        BoundedProcess.run(
            List.of(
                promtool().toString(), "check", "config", ShippedMonitoring.PROMETHEUS.toString()),
            Duration.ofSeconds(60));
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("2 rule files found"), r.output());
  }

  @Test
  void eachAlertFiresOnTheSeriesThatBreakItsRequirement() throws Exception {
    BoundedProcess.Result r =
        BoundedProcess.run(
            new ProcessBuilder(promtool().toString(), "test", "rules", "nwtn-alerts.test.yml")
                .directory(ShippedMonitoring.RULES.toFile()),
            Duration.ofSeconds(60));
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("SUCCESS"), r.output());
  }
}

package io.nwtn.stress.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.settings.Limits;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComplianceTest {

  static Stream<Arguments> rules() {
    return Stream.of(
        rule("p95_latency", "latency", m -> m.p95 = 1999, true),
        rule("p95_latency", "latency", m -> m.p95 = 2000, false),
        rule("mean_latency", "latency", m -> m.mean = 999.9, true),
        rule("mean_latency", "latency", m -> m.mean = 1000, false),
        rule("max_concurrent_users", "concurrency", m -> m.maxUsers = 1000, true),
        rule("max_concurrent_users", "concurrency", m -> m.maxUsers = 999, false),
        rule("ramp_up_concurrency", "concurrency", m -> m.rampPeak = 1000, true),
        rule("ramp_up_concurrency", "concurrency", m -> m.rampPeak = 999, false),
        rule("ramp_up_success_rate", "concurrency", m -> m.rampSuccess = 0.95, true),
        rule("ramp_up_success_rate", "concurrency", m -> m.rampSuccess = 0.949, false),
        rule("success_rate", "success_rate", m -> m.ok = 950, true),
        rule("success_rate", "success_rate", m -> m.ok = 949, false),
        rule("circuit_breaker_activations", "success_rate", m -> m.breakerAnswers = 0, true),
        rule("circuit_breaker_activations", "success_rate", m -> m.breakerAnswers = 1, false),
        rule("circuit_breaker_activations", "success_rate", m -> m.breakerDelta = 2L, false),
        rule("circuit_breaker_activations", "success_rate", m -> m.breakerDelta = null, true),
        rule("pipeline_integrity", "pipeline", m -> m.pipelineIntegrity = 0.99, true),
        rule("pipeline_integrity", "pipeline", m -> m.pipelineIntegrity = 0.989, false),
        rule("pipeline_integrity", "pipeline", m -> m.pipelineIntegrity = null, false));
  }

  private static Arguments rule(
      String check, String group, Consumer<MetricsBuilder> change, boolean passes) {
    return Arguments.of(check, group, change, passes);
  }

  @ParameterizedTest(name = "{0} passes={3}")
  @MethodSource("rules")
  void eachRuleDecidesTheVerdict(
      String check, String group, Consumer<MetricsBuilder> change, boolean passes) {
    MetricsBuilder m = new MetricsBuilder();
    change.accept(m);
    Compliance c = Compliance.evaluate(m.build(), Limits.phase1());

    ComplianceCheck named =
        c.checks().stream().filter(x -> x.name().equals(check)).findFirst().orElseThrow();
    assertEquals(passes, named.passed(), named.toString());
    assertEquals(passes, c.passed(), "verdict follows the one changed rule");
    assertEquals(passes ? "PASSED" : "FAILED", c.verdict());
    assertEquals(passes, c.passed(group), "phase1_" + group + "_compliance");
    assertEquals(passes ? List.of() : List.of(named), c.failures());
  }

  @Test
  void everyRuleIsCheckedWithItsThresholdAndMeasuredValue() {
    Compliance c = Compliance.evaluate(new MetricsBuilder().build(), Limits.phase1());

    assertEquals(
        List.of(
            "p95_latency",
            "mean_latency",
            "max_concurrent_users",
            "ramp_up_concurrency",
            "ramp_up_success_rate",
            "success_rate",
            "circuit_breaker_activations",
            "pipeline_integrity"),
        c.checks().stream().map(ComplianceCheck::name).toList());
    ComplianceCheck p95 = c.checks().get(0);
    assertEquals(2000, p95.threshold());
    assertEquals(1500, p95.measured());
    assertTrue(c.passed());
  }
}

package io.nwtn.stress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.AbortSettings;
import io.nwtn.stress.settings.Limits;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a run is lost: each rule on the standard limits (P95 2 s, 95 %, 60/300/60 s). */
class AbortRuleTest {

  static final Limits LIMITS = Limits.phase1();
  static final AbortSettings ON = new AbortSettings(true, Duration.ofSeconds(60), 3);

  @Test
  void aBreakerActivationStopsAtOnceEvenInTheGrace() {
    AbortRule rule = new AbortRule(ON, LIMITS);
    assertTrue(rule.breaker(0, 1).isEmpty());
    Sidecar.EarlyStop stop = rule.breaker(2, 1).orElseThrow();
    assertEquals("circuit_breaker_activations", stop.check());
    assertEquals("stopped early: circuit_breaker_activations (2 activations)", stop.reason());
  }

  @Test
  void offByDefaultNothingStops() {
    AbortRule rule = new AbortRule(new AbortSettings(false, Duration.ZERO, 1), LIMITS);
    assertTrue(rule.breaker(5, 1).isEmpty());
    assertTrue(rule.successRate(100, 100, 120_000, 10, 1).isEmpty());
    assertTrue(rule.p95Window(100, 9_000, 120_000, 1).isEmpty());
  }

  @Test
  void failuresBeyondWhatThePlannedRunAllowsStopAfterTheGrace() {
    AbortRule rule = new AbortRule(ON, LIMITS);
    // 2 minutes in at 100 req/s: about 42,000 planned, at most 2,100 may fail
    assertTrue(rule.successRate(12_000, 3_000, 30_000, 100, 1).isEmpty(), "in the grace");
    assertTrue(rule.successRate(12_000, 2_000, 120_000, 100, 1).isEmpty());
    Optional<Sidecar.EarlyStop> stop = rule.successRate(12_000, 2_200, 120_000, 100, 1);
    assertEquals("success_rate", stop.orElseThrow().check());
    assertTrue(stop.get().detail().contains("2200 of 12000 requests failed"), stop.get().detail());
  }

  @Test
  void theFasterRecentRateKeepsARampedRunGoing() {
    AbortRule rule = new AbortRule(ON, LIMITS);
    // 1,200 failures of 6,000 at 50 req/s so far: lost; at 200 req/s now: 6000+200*300=66000
    assertTrue(rule.successRate(6_000, 1_200, 120_000, 0, 1).isPresent());
    assertTrue(rule.successRate(6_000, 1_200, 120_000, 200, 1).isEmpty());
  }

  @Test
  void p95OverTheLimitInConsecutiveWindowsStops() {
    AbortRule rule = new AbortRule(ON, LIMITS);
    assertTrue(rule.p95Window(50, 2_500, 70_000, 1).isEmpty());
    assertTrue(rule.p95Window(50, 2_500, 80_000, 1).isEmpty());
    assertTrue(rule.p95Window(50, 1_500, 90_000, 1).isEmpty(), "a good window resets");
    assertTrue(rule.p95Window(0, 0, 95_000, 1).isEmpty(), "an empty window is left out");
    assertTrue(rule.p95Window(50, 2_000, 100_000, 1).isEmpty());
    assertTrue(rule.p95Window(50, 2_000, 110_000, 1).isEmpty());
    Sidecar.EarlyStop stop = rule.p95Window(50, 2_100, 120_000, 1).orElseThrow();
    assertEquals("p95_latency", stop.check());
    assertTrue(stop.reason().contains("3 windows in a row"), stop.reason());
  }

  @Test
  void windowsInTheGraceDoNotCount() {
    AbortRule rule = new AbortRule(ON, LIMITS);
    for (int i = 0; i < 5; i++) {
      assertTrue(rule.p95Window(50, 9_000, 10_000 * i, 1).isEmpty());
    }
  }
}

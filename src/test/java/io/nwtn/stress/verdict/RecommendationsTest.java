package io.nwtn.stress.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.analysis.AgentStats;
import io.nwtn.stress.settings.Limits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

  private static final Map<String, AgentStats> FAST_AGENTS =
      Map.of("executor", new AgentStats(0.3, 0.3, 0.5, 0.9, 100, null));

  @Test
  void highP95GivesTheSeedsLatencyAdvice() {
    MetricsBuilder m = new MetricsBuilder();
    m.p95 = 2500;
    List<Recommendation> recs = Recommendations.of(m.build(), Limits.phase1(), FAST_AGENTS, 2.0);

    assertEquals(1, recs.size());
    assertEquals("🔴 P95 latency (2500ms) exceeds target (2000ms)", recs.get(0).headline());
    assertEquals(
        List.of(
            "Optimize agent pipeline execution",
            "Implement request caching",
            "Consider agent parallelization"),
        recs.get(0).actions());
  }

  @Test
  void lowSuccessRateGivesTheSeedsErrorAdvice() {
    MetricsBuilder m = new MetricsBuilder();
    m.ok = 920;
    m.rampSuccess = 0.97;
    List<Recommendation> recs = Recommendations.of(m.build(), Limits.phase1(), FAST_AGENTS, 2.0);

    assertEquals("🔴 Success rate (92%) below target (95%)", recs.get(0).headline());
    assertEquals(
        List.of(
            "Investigate error patterns",
            "Implement better error handling",
            "Add circuit breaker fallbacks"),
        recs.get(0).actions());
  }

  @Test
  void slowAgentGivesAWarningWithItsP95() {
    Map<String, AgentStats> agents =
        Map.of("executor", new AgentStats(1.1, 1.0, 3.2, 4.0, 50, null));
    List<Recommendation> recs =
        Recommendations.of(new MetricsBuilder().build(), Limits.phase1(), agents, 2.0);

    assertEquals(1, recs.size());
    assertEquals("🟡 Executor agent P95 time high: 3.2s", recs.get(0).headline());
    assertEquals(
        List.of("Optimize model API calls", "Implement connection pooling", "Add timeout handling"),
        recs.get(0).actions());
  }

  @Test
  void breakerConcurrencyAndMeanFindingsAreCritical() {
    MetricsBuilder m = new MetricsBuilder();
    m.mean = 1200;
    m.maxUsers = 850;
    m.breakerAnswers = 3;
    List<String> headlines =
        Recommendations.of(m.build(), Limits.phase1(), FAST_AGENTS, 2.0).stream()
            .map(Recommendation::headline)
            .toList();

    assertEquals(
        List.of(
            "🔴 Average latency (1200ms) exceeds target (1000ms)",
            "🔴 Concurrent users (850) below target (1000)",
            "🔴 Circuit breaker activated 3 time(s)"),
        headlines);
  }

  @Test
  void aRunThatMeetsEveryRequirementNeedsNothing() {
    assertTrue(
        Recommendations.of(new MetricsBuilder().build(), Limits.phase1(), FAST_AGENTS, 2.0)
            .isEmpty());
  }

  @Test
  void aClassSlowerThanItsTargetGetsAWarning() {
    List<Recommendation> recs =
        Recommendations.of(
            new MetricsBuilder().build(),
            Limits.phase1(),
            FAST_AGENTS,
            2.0,
            Map.of("simple", 1000L, "medium", 4999L));

    assertEquals(1, recs.size());
    assertEquals(
        "🟡 Class simple P95 (1000ms) exceeds its target (1000ms)", recs.get(0).headline());
  }
}

package io.nwtn.stress.validation;

import static io.nwtn.stress.validation.Fixtures.COMPLEX;
import static io.nwtn.stress.validation.Fixtures.SIMPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.settings.ValidationScenario;
import io.nwtn.stress.verdict.Recommendation;
import io.nwtn.stress.verdict.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

  private final RunAnalyzer analyzer = new RunAnalyzer(0.7);

  private RunResult run(ValidationScenario sc, int n, PrsmResponse r, long millis) {
    return analyzer.analyze(Fixtures.run(sc, n, r, millis));
  }

  private List<RunResult> mixed() {
    PrsmResponse noRouter = Fixtures.noRouter();
    return List.of(
        run(SIMPLE, 1, Fixtures.healthy(SIMPLE), 200),
        run(SIMPLE, 2, Fixtures.healthy(SIMPLE), 400),
        run(COMPLEX, 1, noRouter, 1000),
        run(COMPLEX, 2, Fixtures.healthy(COMPLEX), 1000),
        run(COMPLEX, 3, noRouter, 1400));
  }

  @Test
  void aScenarioFailsWhenAnyRunFailsAndNamesEachReasonOnce() {
    ValidationReport r = ValidationReport.of(List.of(SIMPLE, COMPLEX), mixed());
    assertFalse(r.overallSuccess());
    assertEquals(1, r.successfulScenarios());
    assertEquals(0.5, r.successRate());
    assertEquals(
        List.of("Complex Research Task: agent router missing (2 of 3 runs)"), r.failures());
    ScenarioSummary complex = r.scenarios().get(1);
    assertEquals(3, complex.runs());
    assertEquals(1, complex.passedRuns());
    assertEquals(1.4, complex.maxTime(), 1e-9);
    assertFalse(r.readiness().ready());
    assertEquals("low", r.readiness().confidence());
  }

  @Test
  void totalsAddUpEveryRun() {
    ValidationReport r = ValidationReport.of(List.of(SIMPLE, COMPLEX), mixed());
    assertEquals(4.0, r.totalExecutionTime(), 1e-9);
    assertEquals(0.8, r.avgExecutionTime(), 1e-9);
    assertEquals(2 * 40 + 2 * 80 + 100, r.totalContextUsed());
    assertEquals(r.totalContextUsed() / 100.0, r.totalFtnsCharged(), 1e-9);
  }

  @Test
  void agentSummaryCountsMissingRunsAsFailuresAndTimesOnlyExecutedOnes() {
    ValidationReport r = ValidationReport.of(List.of(SIMPLE, COMPLEX), mixed());
    AgentSummary router =
        r.agents().stream().filter(a -> a.agent() == Agent.ROUTER).findFirst().orElseThrow();
    assertEquals(3, router.listed());
    assertEquals(1, router.executed());
    assertEquals(2, router.missing());
    assertEquals(1.0 / 3, router.successRate(), 1e-9);
    assertEquals(0.2, router.avgExecutionTime(), 1e-9);
    assertEquals(0.2, router.p95ExecutionTime(), 0.001);
    assertEquals(2, router.qualityDistribution().get(OutputQuality.POOR));
    AgentSummary architect = r.agents().get(0);
    assertEquals(5, architect.successful());
    assertEquals(1.0, architect.successRate());
  }

  @Test
  void recommendationsAreMergedAcrossRunsWithTheirScenarios() {
    ValidationReport r = ValidationReport.of(List.of(SIMPLE, COMPLEX), mixed());
    Recommendation first = r.recommendations().get(0);
    assertEquals(Severity.CRITICAL, first.severity());
    assertEquals("Router agent did not run in Complex Research Task", first.message());
    assertEquals(
        1,
        r.recommendations().stream()
            .filter(x -> x.message().startsWith("Router agent did not run"))
            .count());
  }

  @Test
  void allScenariosPassingMakesTheRunReady() {
    ValidationReport r =
        ValidationReport.of(
            List.of(SIMPLE, COMPLEX),
            List.of(
                run(SIMPLE, 1, Fixtures.healthy(SIMPLE), 200),
                run(COMPLEX, 1, Fixtures.healthy(COMPLEX), 900)));
    assertTrue(r.overallSuccess());
    assertEquals(List.of(), r.failures());
    assertTrue(r.readiness().ready());
    assertEquals(List.of(), r.recommendations());
  }

  @Test
  void aScenarioWithoutRunsFails() {
    ValidationReport r =
        ValidationReport.of(
            List.of(SIMPLE, COMPLEX), List.of(run(SIMPLE, 1, Fixtures.healthy(SIMPLE), 200)));
    assertFalse(r.overallSuccess());
    assertEquals(List.of("Complex Research Task: not run"), r.failures());
  }
}

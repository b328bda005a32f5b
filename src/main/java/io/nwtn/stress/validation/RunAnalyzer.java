package io.nwtn.stress.validation;

import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.contract.TraceAnalysis;
import java.util.List;

/** Analyses one run of a scenario: the pass rule, per-agent results and the quality metrics. */
public final class RunAnalyzer {

  private final double minConfidence;

  /** An analyzer that requires at least {@code minConfidence} for a pass. */
  public RunAnalyzer(double minConfidence) {
    this.minConfidence = minConfidence;
  }

  /** The full analysis of one run. Never throws for any answer the target gives. */
  public RunResult analyze(ScenarioRun run) {
    List<Failure> unanswered = PassRule.unanswered(run.sample());
    if (!unanswered.isEmpty()) {
      return unanswered(run, unanswered);
    }
    PrsmResponse r = run.sample().response();
    List<ReasoningStep> steps = r.reasoningTrace();
    TraceAnalysis trace = TraceAnalysis.of(steps, run.scenario().expectedAgents());
    List<AgentResult> agents = AgentResults.of(steps, run.scenario().expectedAgents());
    int contextUsed = r.contextUsed() == null ? trace.contextUsedBySteps() : r.contextUsed();
    List<Failure> failures = PassRule.check(run, r, trace, contextUsed, minConfidence);
    double score = Coordination.score(agents, trace.inPipelineOrder());
    DataFlow flow = dataFlow(r, trace);
    boolean safe = Boolean.TRUE.equals(r.safetyValidated());
    PerformanceRating rating =
        PerformanceRating.of(
            run.responseTimeSeconds(), run.scenario().timeLimitSeconds(), r.confidenceScore());
    RunResult draft =
        new RunResult(
            run.scenario(),
            run.run(),
            failures.isEmpty(),
            failures,
            run.responseTimeSeconds(),
            200,
            null,
            agents,
            trace.unknownAgents(),
            trace.inPipelineOrder(),
            score,
            flow,
            safe,
            r.confidenceScore(),
            contextUsed,
            r.ftnsCharged() == null ? 0 : r.ftnsCharged(),
            rating,
            List.of());
    return withRecommendations(draft);
  }

  private RunResult unanswered(ScenarioRun run, List<Failure> failures) {
    var s = run.sample();
    RunResult draft =
        new RunResult(
            run.scenario(),
            run.run(),
            false,
            failures,
            run.responseTimeSeconds(),
            s.httpStatus(),
            s.errorCode(),
            List.of(),
            List.of(),
            false,
            0,
            DataFlow.NONE,
            false,
            0,
            0,
            0,
            PerformanceRating.POOR,
            List.of());
    return withRecommendations(draft);
  }

  private static RunResult withRecommendations(RunResult r) {
    return new RunResult(
        r.scenario(),
        r.run(),
        r.passed(),
        r.failures(),
        r.responseTime(),
        r.httpStatus(),
        r.errorCode(),
        r.agents(),
        r.unknownAgents(),
        r.inPipelineOrder(),
        r.coordinationScore(),
        r.dataFlow(),
        r.safetyCompliant(),
        r.confidence(),
        r.contextUsed(),
        r.ftnsCharged(),
        r.performanceRating(),
        RunRecommendations.of(r));
  }

  private static DataFlow dataFlow(PrsmResponse r, TraceAnalysis trace) {
    boolean stepsComplete =
        r.reasoningTrace().stream().allMatch(s -> s.agentType() != null && s.outputData() != null);
    boolean fields = stepsComplete && r.contextUsed() != null && r.safetyValidated() != null;
    boolean substantial = r.finalAnswer().strip().length() >= DataFlow.SUBSTANTIAL_ANSWER;
    boolean contextMatches =
        r.contextUsed() != null && r.contextUsed() == trace.contextUsedBySteps();
    return new DataFlow(trace.chainWhole(), fields, substantial, contextMatches);
  }
}

package io.nwtn.stress.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.validation.AgentSummary;
import io.nwtn.stress.validation.OutputQuality;
import io.nwtn.stress.validation.ScenarioSummary;
import io.nwtn.stress.validation.ValidationReport;
import java.util.List;

/**
 * The JSON of {@code nwtn_agent_validation_results.json}: PRSM's original sections ({@code
 * validation_summary}, {@code scenario_results}, {@code agent_performance_summary}, {@code
 * detailed_results}, {@code overall_recommendations}, {@code phase1_readiness}) plus {@code run}.
 */
public final class ValidationDocument {

  private ValidationDocument() {}

  /** The whole report as a JSON tree. */
  public static ObjectNode of(ValidationReport report, RunInfo info) {
    ObjectNode root = ResponseContract.mapper().createObjectNode();
    ObjectNode run = root.putObject("run");
    run.put("id", info.runId()).put("target", info.target());
    run.put("target_kind", info.targetKind().wireName());
    run.put("started_at", info.startedAt().toString()).put("repetitions", info.repetitions());
    summary(root.putObject("validation_summary"), report);
    ArrayNode scenarios = root.putArray("scenario_results");
    report.scenarios().forEach(s -> scenario(scenarios.addObject(), s));
    ObjectNode agents = root.putObject("agent_performance_summary");
    report.agents().forEach(a -> agent(agents.putObject(a.agent().wireName()), a));
    ArrayNode details = root.putArray("detailed_results");
    report.runs().forEach(r -> ValidationDetails.run(details.addObject(), r));
    ArrayNode recs = root.putArray("overall_recommendations");
    headline(report).forEach(recs::add);
    report.recommendations().forEach(r -> r.lines().forEach(recs::add));
    ObjectNode ready = root.putObject("phase1_readiness");
    ready
        .put("ready", report.readiness().ready())
        .put("confidence", report.readiness().confidence());
    report.readiness().nextSteps().forEach(ready.putArray("next_steps")::add);
    return root;
  }

  /** The opening lines of the recommendations, as PRSM's validator printed them. */
  public static List<String> headline(ValidationReport report) {
    return report.overallSuccess()
        ? List.of(
            "✅ NWTN Agent Pipeline validation PASSED", "🎯 All scenarios completed successfully")
        : List.of(
            "❌ NWTN Agent Pipeline validation FAILED",
            "🔧 Review failed scenarios and implement fixes");
  }

  private static void summary(ObjectNode n, ValidationReport r) {
    n.put("overall_success", r.overallSuccess());
    n.put("total_scenarios", r.scenarios().size());
    n.put("successful_scenarios", r.successfulScenarios());
    n.put("success_rate", r.successRate());
    n.put("total_runs", r.runs().size());
    n.put("total_execution_time", r.totalExecutionTime());
    n.put("avg_execution_time", r.avgExecutionTime());
    n.put("total_context_used", r.totalContextUsed());
    n.put("total_ftns_charged", r.totalFtnsCharged());
    r.failures().forEach(n.putArray("failures")::add);
  }

  private static void scenario(ObjectNode n, ScenarioSummary s) {
    n.put("name", s.scenario().name()).put("success", s.passed());
    n.put("complexity", s.scenario().queryClass().wireName());
    n.put("runs", s.runs()).put("successful_runs", s.passedRuns());
    n.put("execution_time", s.meanTime()).put("max_execution_time", s.maxTime());
    n.put("time_limit", s.scenario().timeLimitSeconds());
    n.put("context_allocation", s.scenario().contextAllocation());
    n.put("coordination_score", s.minCoordination());
    n.put("performance_rating", s.worstRating().wireName());
    n.put("recommendations_count", s.recommendationsCount());
    s.reasons().forEach(n.putArray("failures")::add);
  }

  private static void agent(ObjectNode n, AgentSummary a) {
    n.put("total_executions", a.listed()).put("executed", a.executed());
    n.put("successful_executions", a.successful()).put("missing", a.missing());
    n.put("success_rate", a.successRate());
    n.put("avg_execution_time", a.avgExecutionTime());
    n.put("p95_execution_time", a.p95ExecutionTime());
    n.put("max_execution_time", a.maxExecutionTime());
    n.put("avg_confidence", a.avgConfidence());
    ObjectNode q = n.putObject("quality_distribution");
    for (OutputQuality quality : OutputQuality.values()) {
      q.put(quality.wireName(), a.qualityDistribution().get(quality));
    }
  }
}

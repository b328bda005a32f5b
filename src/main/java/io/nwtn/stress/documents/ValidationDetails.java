package io.nwtn.stress.documents;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nwtn.stress.validation.AgentResult;
import io.nwtn.stress.validation.RunResult;

/** One entry of {@code detailed_results}: a run with every metric the analysis computed. */
final class ValidationDetails {

  private ValidationDetails() {}

  static void run(ObjectNode n, RunResult r) {
    n.put("test_name", r.scenario().name()).put("run", r.run());
    n.put("overall_success", r.passed());
    r.failures()
        .forEach(
            f ->
                n.withArray("failures")
                    .addObject()
                    .put("code", f.code())
                    .put("reason", f.reason()));
    n.put("http_status", r.httpStatus());
    if (r.errorCode() != null) {
      n.put("error_code", r.errorCode());
    }
    n.put("total_execution_time", r.responseTime());
    n.put("time_limit", r.scenario().timeLimitSeconds());
    n.put("total_context_used", r.contextUsed());
    n.put("context_allocation", r.scenario().contextAllocation());
    n.put("total_ftns_charged", r.ftnsCharged());
    n.put("confidence_score", r.confidence());
    ArrayNode agents = n.putArray("agent_results");
    r.agents().forEach(a -> agent(agents.addObject(), a));
    r.unknownAgents().forEach(n.putArray("unknown_agents")::add);
    n.put("pipeline_order", r.inPipelineOrder());
    n.put("pipeline_coordination_score", r.coordinationScore());
    ObjectNode flow = n.putObject("data_flow");
    flow.put("intact", r.dataFlow().intact()).put("chain_whole", r.dataFlow().chainWhole());
    flow.put("required_fields_present", r.dataFlow().requiredFieldsPresent());
    flow.put("substantial_final_answer", r.dataFlow().substantialAnswer());
    flow.put("context_matches_steps", r.dataFlow().contextMatchesSteps());
    n.put("data_flow_integrity", r.dataFlow().intact());
    n.put("safety_compliance", r.safetyCompliant());
    n.put("performance_rating", r.performanceRating().wireName());
    ArrayNode recs = n.putArray("recommendations");
    r.recommendations().forEach(rec -> rec.lines().forEach(recs::add));
  }

  private static void agent(ObjectNode n, AgentResult a) {
    n.put("agent_type", a.agent().wireName()).put("expected", a.expected());
    n.put("executed", a.executed()).put("success", a.success());
    n.put("execution_time", a.executionTime()).put("context_used", a.contextUsed());
    n.put("confidence_score", a.confidence()).put("output_quality", a.quality().wireName());
    if (!a.executed()) {
      n.put("error_message", "expected agent " + a.agent() + " was not executed");
    } else if (!a.success()) {
      n.put("error_message", "agent " + a.agent() + " reported success false");
    }
  }
}

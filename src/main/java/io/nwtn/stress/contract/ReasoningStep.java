package io.nwtn.stress.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One agent step of a trace (PRSM's {@code ReasoningStep}). {@code inputData} holds {@code
 * upstream_step_id}, the step whose output this one consumed ({@code null} for the first step).
 *
 * @param executionTime seconds, as on the wire
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReasoningStep(
    @JsonProperty("step_id") String stepId,
    @JsonProperty("agent_type") String agentType,
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("input_data") Map<String, Object> inputData,
    @JsonProperty("output_data") Map<String, Object> outputData,
    @JsonProperty("execution_time") Double executionTime,
    @JsonProperty("confidence_score") Double confidenceScore,
    @JsonProperty("context_used") Integer contextUsed,
    @JsonProperty("success") Boolean success) {

  /** The {@code upstream_step_id} this step names, or {@code null}. */
  public String upstreamStepId() {
    if (inputData == null) {
      return null;
    }
    Object id = inputData.get("upstream_step_id");
    return id == null ? null : id.toString();
  }
}

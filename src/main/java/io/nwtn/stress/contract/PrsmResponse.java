package io.nwtn.stress.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The body of a {@code 200} from {@code POST /api/v1/sessions} (PRSM's {@code PRSMResponse}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PrsmResponse(
    @JsonProperty("session_id") String sessionId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("final_answer") String finalAnswer,
    @JsonProperty("reasoning_trace") List<ReasoningStep> reasoningTrace,
    @JsonProperty("confidence_score") Double confidenceScore,
    @JsonProperty("context_used") Integer contextUsed,
    @JsonProperty("ftns_charged") Double ftnsCharged,
    @JsonProperty("sources") List<Object> sources,
    @JsonProperty("safety_validated") Boolean safetyValidated,
    @JsonProperty("metadata") Map<String, Object> metadata) {}

package io.nwtn.stress.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.ContractResult;
import io.nwtn.stress.contract.ErrorBody;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.ValidationScenario;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request a validation run sends, and what its answer becomes, shared by every client. */
public final class ValidationRequest {

  /** The path of the session endpoint. */
  public static final String PATH = "/api/v1/sessions";

  private ValidationRequest() {}

  /** The JSON body of run {@code run} (from 1) of a scenario. */
  public static String body(ValidationScenario scenario, int run, String userIdPrefix) {
    Map<String, Object> preferences = new LinkedHashMap<>();
    preferences.put("complexity", scenario.queryClass().wireName());
    preferences.put(
        "expected_agents", scenario.expectedAgents().stream().map(Agent::wireName).toList());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prompt", scenario.prompt(run));
    body.put("user_id", userIdPrefix + "_" + run);
    body.put("context_allocation", scenario.contextAllocation());
    body.put("preferences", preferences);
    try {
      return ResponseContract.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sample of an answer; {@code status} 0 (and any body) means no answer came. Never throws.
   */
  public static SessionSample sample(
      ValidationScenario scenario, long startMs, long endMs, int status, byte[] body) {
    if (status == 0) {
      return new SessionSample(scenario.queryClass(), startMs, endMs, 0, null, null, null);
    }
    if (status != 200) {
      String code = ResponseContract.errorBody(body).map(ErrorBody::error).orElse(null);
      return new SessionSample(scenario.queryClass(), startMs, endMs, status, code, null, null);
    }
    ContractResult result = ResponseContract.check(body);
    return result instanceof ContractResult.Valid valid
        ? new SessionSample(
            scenario.queryClass(), startMs, endMs, 200, null, null, valid.response())
        : new SessionSample(
            scenario.queryClass(),
            startMs,
            endMs,
            200,
            null,
            ((ContractResult.Violation) result).rule(),
            null);
  }
}

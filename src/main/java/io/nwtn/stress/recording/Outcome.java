package io.nwtn.stress.recording;

import io.nwtn.stress.contract.ContractResult;
import io.nwtn.stress.contract.ErrorBody;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;

/**
 * What one session answer was, from its status and body, parsed once: a valid response, a 200 that
 * broke a contract rule, or an error answer with its contract code.
 *
 * @param status the HTTP status
 * @param errorCode the {@code error} of a non-200 answer in the contract's shape, else null
 * @param violatedRule the rule a 200 body broke, else null
 * @param response the parsed valid body, else null
 */
public record Outcome(int status, String errorCode, String violatedRule, PrsmResponse response) {

  /** Classifies an answer. Never throws. */
  public static Outcome of(int status, byte[] body) {
    if (status != 200) {
      String code = ResponseContract.errorBody(body).map(ErrorBody::error).orElse(null);
      return new Outcome(status, code, null, null);
    }
    ContractResult result = ResponseContract.check(body);
    if (result instanceof ContractResult.Valid valid) {
      return new Outcome(status, null, null, valid.response());
    }
    return new Outcome(status, null, ((ContractResult.Violation) result).rule(), null);
  }

  /**
   * A request that got no answer, with the category of Gatling's message for it ({@link
   * TransportFailure}) in {@code errorCode}, {@code null} when not known.
   */
  public static Outcome noAnswer(String transportCategory) {
    return new Outcome(0, transportCategory, null, null);
  }

  /** The verdict of a successful answer. */
  public static final String OK = "ok";

  /** {@link #OK} for a success, else {@link #failure()}: what the contract check compares. */
  public String verdict() {
    return ok() ? OK : failure();
  }

  /** Whether the answer counts as a success. */
  public boolean ok() {
    return response != null;
  }

  /**
   * What failed, stable so reports can group on it, e.g. {@code HTTP 503 circuit_breaker_open} or
   * {@code HTTP 200 contract final_answer_too_short}; Gatling logs it as {@code nwtn contract,
   * found <this>}.
   */
  public String failure() {
    if (status != 200) {
      return "HTTP " + status + " " + (errorCode == null ? "no_error_body" : errorCode);
    }
    return "HTTP 200 contract " + violatedRule;
  }

  /** The sample of this answer for the run's recorder. */
  public SessionSample sample(QueryClass queryClass, long startEpochMs, long endEpochMs) {
    return new SessionSample(
        queryClass, startEpochMs, endEpochMs, status, errorCode, violatedRule, response);
  }
}

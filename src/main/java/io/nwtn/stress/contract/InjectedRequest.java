package io.nwtn.stress.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The bad requests of the error-injection share of the workload. Each is an expected rejection: it
 * passes when the target answers its documented 4xx quickly, and fails on a 2xx, a 5xx or no
 * answer. They are reported apart from the Phase 1 requests, by their fixed request names.
 */
public enum InjectedRequest {
  MALFORMED_JSON("malformed json", ErrorCode.BAD_REQUEST),
  MISSING_PROMPT("missing prompt", ErrorCode.BAD_REQUEST),
  OVERSIZED_BODY("oversized body", ErrorCode.PAYLOAD_TOO_LARGE),
  ALLOCATION_OUT_OF_RANGE("allocation out of range", ErrorCode.BAD_REQUEST),
  WRONG_TOKEN("wrong token", ErrorCode.UNAUTHORIZED);

  /** Every injected request's name starts with this, so reports can keep them apart. */
  public static final String PREFIX = "injected ";

  /** The bearer token the wrong-token request sends; never a real one. */
  public static final String WRONG_TOKEN_VALUE = "nwtn-stress-deliberately-wrong-token";

  /** The contract's body limit is 64 KiB; this body is well past it. */
  static final int OVERSIZED_PROMPT_CHARS = 80 * 1024;

  private static final Map<String, InjectedRequest> BY_REQUEST_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(InjectedRequest::requestName, r -> r));

  private final String requestName;
  private final ErrorCode expected;

  InjectedRequest(String label, ErrorCode expected) {
    this.requestName = PREFIX + label;
    this.expected = expected;
  }

  /** The fixed Gatling request name, e.g. {@code injected malformed json}. */
  public String requestName() {
    return requestName;
  }

  /** The documented rejection: its status and {@code error} code. */
  public ErrorCode expected() {
    return expected;
  }

  /**
   * What failed in an answer to this request, or {@code null} when it is the documented rejection
   * in time. The rules are checked in turn, the first that fails named as Gatling's checks word it:
   * the status ({@code status.find.is(400), found 401}), the {@code error} code ({@code
   * jsonPath($.error).find.is(bad_request), found nothing}) and the response time ({@code
   * responseTimeInMillis.find.lte(2000), found 2345}).
   *
   * @param errorCode the answer's {@code error}, {@code null} when it has none (or no JSON body)
   */
  public String failure(int status, String errorCode, long responseTimeMs, long maxResponseTimeMs) {
    if (status != expected.status()) {
      return "status.find.is(" + expected.status() + "), found " + status;
    }
    if (!expected.code().equals(errorCode)) {
      return "jsonPath($.error).find.is("
          + expected.code()
          + "), found "
          + (errorCode == null ? "nothing" : errorCode);
    }
    if (responseTimeMs > maxResponseTimeMs) {
      return "responseTimeInMillis.find.lte(" + maxResponseTimeMs + "), found " + responseTimeMs;
    }
    return null;
  }

  /** The request body, built to break exactly one rule of the contract. */
  public String body() {
    return switch (this) {
      case MALFORMED_JSON -> "{\"prompt\": \"What is machine learning?\", \"user_id\": ";
      case MISSING_PROMPT -> "{\"user_id\": \"stress_injector\", \"context_allocation\": 50}";
      case OVERSIZED_BODY ->
          "{\"prompt\": \""
              + "x".repeat(OVERSIZED_PROMPT_CHARS)
              + "\", \"user_id\": \"stress_injector\", \"context_allocation\": 50}";
      case ALLOCATION_OUT_OF_RANGE ->
          "{\"prompt\": \"What is machine learning?\", \"user_id\": \"stress_injector\","
              + " \"context_allocation\": 1000000}";
      case WRONG_TOKEN ->
          "{\"prompt\": \"What is machine learning?\", \"user_id\": \"stress_injector\","
              + " \"context_allocation\": 50}";
    };
  }

  /**
   * The requests to inject: a wrong token can only be rejected by a target that requires one, so it
   * is sent only when the run itself uses a token.
   */
  public static List<InjectedRequest> forRun(boolean runHasToken) {
    return Arrays.stream(values()).filter(r -> runHasToken || r != WRONG_TOKEN).toList();
  }

  /** The injected request of a Gatling request name, if it is one. */
  public static Optional<InjectedRequest> ofRequestName(String name) {
    return Optional.ofNullable(BY_REQUEST_NAME.get(name));
  }
}

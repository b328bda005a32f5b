package io.nwtn.stress.contract;

import java.util.Arrays;
import java.util.Optional;

/** The error table of the contract: each code with the status it comes with. */
public enum ErrorCode {
  BAD_REQUEST(400, "bad_request"),
  UNAUTHORIZED(401, "unauthorized"),
  INSUFFICIENT_CONTEXT(402, "insufficient_context"),
  PAYLOAD_TOO_LARGE(413, "payload_too_large"),
  SAFETY_VIOLATION(422, "safety_violation"),
  RATE_LIMITED(429, "rate_limited"),
  CIRCUIT_BREAKER_OPEN(503, "circuit_breaker_open"),
  OVERLOADED(503, "overloaded"),
  INTERNAL_ERROR(500, "internal_error"),
  NOT_FOUND(404, "not_found"),
  METHOD_NOT_ALLOWED(405, "method_not_allowed");

  private final int status;
  private final String code;

  ErrorCode(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** The value of {@code error} on the wire. */
  public String code() {
    return code;
  }

  public static Optional<ErrorCode> fromWire(String code) {
    return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
  }
}

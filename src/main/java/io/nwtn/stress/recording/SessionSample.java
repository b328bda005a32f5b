package io.nwtn.stress.recording;

import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;

/**
 * One session request as the simulation saw it, for what {@code simulation.log} does not hold.
 *
 * @param httpStatus the HTTP status, or 0 when no answer came (timeout, connection failure)
 * @param errorCode the contract's {@code error} code of a non-200 answer; for a request without an
 *     answer, its {@link TransportFailure} category when known; else {@code null}
 * @param violatedRule the contract rule a 200 body broke, else {@code null}
 * @param response the parsed body of a valid 200, else {@code null}
 */
public record SessionSample(
    QueryClass queryClass,
    long startEpochMs,
    long endEpochMs,
    int httpStatus,
    String errorCode,
    String violatedRule,
    PrsmResponse response) {

  /** Whether the request counts as a success under the contract. */
  public boolean ok() {
    return httpStatus == 200 && response != null;
  }
}

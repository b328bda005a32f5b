package io.nwtn.stress.analysis;

import java.util.Map;

/**
 * What the report says about faults: the injected requests, the outage and recovery of the Phase 1
 * requests, and whether the run is complete.
 */
public record FaultFindings(
    InjectionTally injection, Recovery recovery, Completeness completeness) {

  /** The findings of a read log against the run's success-rate limit. */
  public static FaultFindings of(
      FaultVisitor visitor, double successRateLimit, Completeness completeness) {
    return new FaultFindings(
        visitor.injection(), Recovery.of(visitor.timeline(), successRateLimit), completeness);
  }

  /** Adds the sections to the results document, after its verdict. */
  public void addTo(Map<String, Object> results) {
    results.put("complete", completeness.complete());
    results.put("incomplete_reasons", completeness.reasons());
    results.put("error_injection", injection.toJson());
    results.put("recovery", recovery.toJson());
  }
}

package io.nwtn.stress.analysis;

/**
 * What a run's log says beyond the Phase 1 figures: the injected requests, the outage and recovery
 * of the Phase 1 requests, and whether the run is complete.
 */
public record FaultFindings(
    InjectionTally injection, Recovery recovery, Completeness completeness) {

  /** The findings of a read log against the run's success-rate limit. */
  public static FaultFindings of(
      RunLog visitor, double successRateLimit, Completeness completeness) {
    return new FaultFindings(
        visitor.injection(), Recovery.of(visitor.timeline(), successRateLimit), completeness);
  }
}

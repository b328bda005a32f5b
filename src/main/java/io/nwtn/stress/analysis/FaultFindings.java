package io.nwtn.stress.analysis;

import io.nwtn.stress.recording.Sidecar;

/**
 * What a run's log says beyond the Phase 1 figures: the injected requests, the outage and recovery
 * of the Phase 1 requests, and whether the run is complete.
 */
public record FaultFindings(
    InjectionTally injection, Recovery recovery, Completeness completeness) {

  /**
   * The findings of a read log and its sidecar (either may be {@code null}) against the run's
   * success-rate limit: the injected requests are the sidecar's record of them, and those of a log
   * written while they were still in it.
   */
  public static FaultFindings of(
      RunLog visitor, Sidecar sidecar, double successRateLimit, Completeness completeness) {
    InjectionTally injection = visitor.injection();
    if (sidecar != null) {
      injection.add(sidecar.injected());
    }
    return new FaultFindings(
        injection, Recovery.of(visitor.timeline(), successRateLimit), completeness);
  }
}

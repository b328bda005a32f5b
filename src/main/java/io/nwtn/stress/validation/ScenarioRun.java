package io.nwtn.stress.validation;

import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.ValidationScenario;

/**
 * One request of a validation scenario and what came back.
 *
 * @param run the run of the scenario, counting from 1
 */
public record ScenarioRun(ValidationScenario scenario, int run, SessionSample sample) {

  /** Seconds from sending the request to the end of the answer. */
  public double responseTimeSeconds() {
    return (sample.endEpochMs() - sample.startEpochMs()) / 1000.0;
  }
}

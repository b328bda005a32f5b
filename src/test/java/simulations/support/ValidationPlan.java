package simulations.support;

import io.nwtn.stress.settings.ValidationSettings;
import java.time.Duration;

/** Bounds of a validation run, derived from its settings. */
public final class ValidationPlan {

  private ValidationPlan() {}

  /** Long enough for every request to reach its timeout, so only a hung run is cut short. */
  public static Duration maxDuration(ValidationSettings settings, Duration requestTimeout) {
    long requests = (long) settings.repetitions() * settings.scenarios().size();
    return requestTimeout.multipliedBy(requests).plusSeconds(30);
  }
}

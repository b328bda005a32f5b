package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * Abort-on-fail ({@code nwtn.requirements.abort-*}): stop the load as soon as a requirement can no
 * longer be met, rather than run the rest of a lost run.
 *
 * @param enabled {@code abort-on-fail}
 * @param grace how long after the first user the success-rate and P95 rules wait, so that a cold
 *     start is not taken for a lost run ({@code abort-grace}, the end of ramp-up by default)
 * @param p95Windows consecutive progress windows whose P95 is over the limit that stop the run
 */
public record AbortSettings(boolean enabled, Duration grace, int p95Windows) {

  /** The value of {@code abort-grace} that means the end of the ramp-up. */
  public static final String RAMP_UP = "ramp-up";

  /** Reads and validates the abort keys of {@code nwtn.requirements}. */
  public static AbortSettings fromConfig(Config root, LoadSettings load) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.requirements");
    String allowed = RAMP_UP + " or a duration such as 30s";
    String raw = s.string("abort-grace", allowed).trim();
    Duration grace = RAMP_UP.equals(raw) ? load.rampUp() : s.duration("abort-grace", Duration.ZERO);
    return new AbortSettings(
        s.bool("abort-on-fail"), grace, s.intIn("abort-p95-windows", 1, Integer.MAX_VALUE));
  }
}

package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * The error-injection share of the workload ({@code nwtn.error-injection}): expected rejections
 * mixed into each user's queries.
 *
 * @param enabled whether any bad request is sent ({@code -Dnwtn.error-injection.enabled=false})
 * @param share the share of a user's requests that are bad ones, 0 to 1
 * @param maxResponseTime a rejection passes only when it arrives within this time; it is also the
 *     request timeout of the bad requests, so a hang fails them
 */
public record ErrorInjectionSettings(boolean enabled, double share, Duration maxResponseTime) {

  /** Reads and validates {@code nwtn.error-injection} of the resolved configuration. */
  public static ErrorInjectionSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.error-injection");
    return new ErrorInjectionSettings(
        s.bool("enabled"),
        s.doubleIn("share", 0, 1),
        s.duration("max-response-time", Duration.ofMillis(1)));
  }

  /** Whether bad requests are part of the run at all. */
  public boolean active() {
    return enabled && share > 0;
  }
}

package io.nwtn.stress.reference;

import io.nwtn.stress.settings.SettingsReader;
import java.time.Duration;

/**
 * The circuit breaker: it opens when, over the last {@code window} pipeline outcomes (and at least
 * {@code minimumCalls} of them), the share of failures reaches {@code failureRatio}; it stays open
 * for {@code coolDown}, then lets up to {@code halfOpenCalls} trial calls through.
 */
public record BreakerSettings(
    boolean enabled,
    int window,
    int minimumCalls,
    double failureRatio,
    Duration coolDown,
    int halfOpenCalls) {

  static BreakerSettings read(SettingsReader section) {
    int window = section.intIn("window", 1, 100_000);
    return new BreakerSettings(
        section.bool("enabled"),
        window,
        section.intIn("minimum-calls", 1, window),
        section.doubleIn("failure-ratio", 0.0001, 1),
        section.duration("cool-down", Duration.ofMillis(1)),
        section.intIn("half-open-calls", 1, 10_000));
  }
}

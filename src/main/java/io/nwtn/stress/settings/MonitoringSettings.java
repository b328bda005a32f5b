package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * Live monitoring of a run ({@code nwtn.monitoring}): the Prometheus endpoint served while the load
 * runs and the progress line printed on standard output.
 *
 * @param enabled whether the endpoint is served
 * @param host the address it binds, {@code 127.0.0.1} by default ({@code 0.0.0.0} in a pod)
 * @param port its port; 0 picks a free one
 * @param progressInterval how often the progress line is printed; also the window of the P95 that
 *     abort-on-fail watches
 */
public record MonitoringSettings(
    boolean enabled, String host, int port, Duration progressInterval) {

  /** Reads and validates {@code nwtn.monitoring}. */
  public static MonitoringSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.monitoring");
    return new MonitoringSettings(
        s.bool("enabled"),
        s.string("host", "an address such as 127.0.0.1 or 0.0.0.0").trim(),
        s.intIn("port", 0, 65_535),
        // a window shorter than a second holds too few answers for a percentile to mean much
        s.duration("progress-interval", Duration.ofSeconds(1)));
  }
}

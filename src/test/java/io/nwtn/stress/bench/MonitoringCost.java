package io.nwtn.stress.bench;

import java.time.Duration;
import java.util.List;

/**
 * One run of {@link MonitoringCostSimulation}, handed to its JVM as {@code -Dbench.monitoring.*}.
 *
 * @param mode {@code none} (no live monitor), {@code off} or {@code warm-up} (the monitor without
 *     its endpoint) or {@code on} (the endpoint served, scraped every second by the benchmark)
 * @param rate trivial requests per second once ramped up
 */
record MonitoringCost(String mode, int rate, Duration rampUp, Duration hold) {

  static final String PREFIX = "bench.monitoring.";

  static MonitoringCost fromSystemProperties() {
    return new MonitoringCost(
        System.getProperty(PREFIX + "mode"),
        Integer.getInteger(PREFIX + "rate"),
        Duration.ofSeconds(Long.getLong(PREFIX + "ramp-up-seconds")),
        Duration.ofSeconds(Long.getLong(PREFIX + "hold-seconds")));
  }

  List<String> properties() {
    return List.of(
        "-D" + PREFIX + "mode=" + mode,
        "-D" + PREFIX + "rate=" + rate,
        "-D" + PREFIX + "ramp-up-seconds=" + rampUp.toSeconds(),
        "-D" + PREFIX + "hold-seconds=" + hold.toSeconds(),
        "-Dnwtn.monitoring.enabled=" + mode.equals("on"));
  }

  /** The live monitor runs beside the recorder (in every mode but {@code none}). */
  boolean monitored() {
    return !mode.equals("none");
  }
}

package io.nwtn.stress.launch;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.settings.Limits;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Makes the response-time ranges of Gatling's own report follow the run's limits: below the mean
 * limit, up to the P95 limit, above it. Gatling reads its ranges once, before the simulation, from
 * {@code gatling.conf} (which holds the Phase 1 defaults, 1,000 and 2,000 ms); a run judged on
 * other limits has its report generated again from its {@code simulation.log} with its own. Ranges
 * a user sets with {@code -Dgatling.charting.indicators.*} are left alone.
 */
final class GatlingReportBounds {

  static final String LOWER = "gatling.charting.indicators.lowerBound";
  static final String HIGHER = "gatling.charting.indicators.higherBound";

  private GatlingReportBounds() {}

  /** The ranges a run with {@code limits} asks for: lower and higher bound in milliseconds. */
  static long[] wanted(Limits limits) {
    long a = limits.meanLatencyMs();
    long b = limits.p95LatencyMs();
    return new long[] {Math.min(a, b), Math.max(a, b)};
  }

  /** The ranges Gatling used: system properties over gatling.conf over Gatling's defaults. */
  static long[] used() {
    Config c =
        ConfigFactory.systemProperties()
            .withFallback(ConfigFactory.parseResources("gatling.conf"))
            .withFallback(ConfigFactory.parseResources("gatling-defaults.conf"));
    return new long[] {c.getLong(LOWER), c.getLong(HIGHER)};
  }

  /**
   * Generates Gatling's report of {@code runFolder} again when its ranges differ from the ones
   * {@code limits} ask for; returns whether it did.
   */
  static boolean follow(Path runFolder, Limits limits) {
    long[] wanted = wanted(limits);
    long[] used = used();
    if (System.getProperty(LOWER) != null
        || System.getProperty(HIGHER) != null
        || (wanted[0] == used[0] && wanted[1] == used[1])) {
      return false;
    }
    System.setProperty(LOWER, Long.toString(wanted[0]));
    System.setProperty(HIGHER, Long.toString(wanted[1]));
    ConfigFactory.invalidateCaches();
    PrintStream console = System.out;
    // Gatling prints its whole summary again; the run's console has it once already
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      io.gatling.app.Gatling$.MODULE$.fromArgs(
          new String[] {
            "-ro",
            runFolder.getFileName().toString(),
            "-rf",
            runFolder.toAbsolutePath().getParent().toString()
          });
      console.println(
          "Gatling's report regenerated with response-time ranges at "
              + wanted[0]
              + " and "
              + wanted[1]
              + " ms (the run's mean and P95 limits)");
      return true;
    } finally {
      System.setOut(console);
      System.clearProperty(LOWER);
      System.clearProperty(HIGHER);
      ConfigFactory.invalidateCaches();
    }
  }
}

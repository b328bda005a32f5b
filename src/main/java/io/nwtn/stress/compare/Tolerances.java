package io.nwtn.stress.compare;

import com.typesafe.config.Config;
import io.nwtn.stress.settings.SettingsReader;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How much worse a run may be before the comparison calls it a regression.
 *
 * @param latency relative increase of a latency figure allowed, e.g. 0.10 for +10 %
 * @param latencyFloorMs an increase of at most this many milliseconds is never a regression
 * @param successRate drop of the success rate allowed, as a fraction (0.01 is one point)
 * @param throughput relative drop of throughput and concurrency allowed
 * @param significance when both runs carry histograms, a latency increase counts only when the
 *     distributions differ with a p-value below this
 * @param baselinesDir where {@code --save-baseline} writes and where a baseline name is looked up
 */
public record Tolerances(
    double latency,
    double latencyFloorMs,
    double successRate,
    double throughput,
    double significance,
    Path baselinesDir) {

  /**
   * Reads and checks {@code nwtn.compare.*}.
   *
   * @throws io.nwtn.stress.settings.SettingsException naming the key of a bad value
   */
  public static Tolerances fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.compare");
    return new Tolerances(
        s.doubleIn("latency-tolerance", 0, 100),
        s.duration("latency-floor", Duration.ZERO).toMillis(),
        s.doubleIn("success-rate-tolerance", 0, 1),
        s.doubleIn("throughput-tolerance", 0, 1),
        s.doubleIn("significance", 0, 1),
        Path.of(s.string("baselines-dir", "a folder path")));
  }

  /** Fails on a tolerance out of range, naming the flag or key. */
  public Tolerances checked() throws CompareException {
    range("latency-tolerance", latency, 0, 100);
    range("latency-floor (ms)", latencyFloorMs, 0, 3_600_000);
    range("success-rate-tolerance", successRate, 0, 1);
    range("throughput-tolerance", throughput, 0, 1);
    range("significance", significance, 0, 1);
    return this;
  }

  private static void range(String name, double v, double min, double max) throws CompareException {
    if (!(v >= min && v <= max)) {
      throw new CompareException(
          name + " = " + v + " is out of range: use a value from " + min + " to " + max);
    }
  }

  Tolerances withLatency(double v) {
    return new Tolerances(v, latencyFloorMs, successRate, throughput, significance, baselinesDir);
  }

  Tolerances withSuccessRate(double v) {
    return new Tolerances(latency, latencyFloorMs, v, throughput, significance, baselinesDir);
  }

  Tolerances withThroughput(double v) {
    return new Tolerances(latency, latencyFloorMs, successRate, v, significance, baselinesDir);
  }

  Tolerances withSignificance(double v) {
    return new Tolerances(latency, latencyFloorMs, successRate, throughput, v, baselinesDir);
  }

  Tolerances withBaselinesDir(Path dir) {
    return new Tolerances(latency, latencyFloorMs, successRate, throughput, significance, dir);
  }
}

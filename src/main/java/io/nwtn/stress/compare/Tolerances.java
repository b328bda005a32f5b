package io.nwtn.stress.compare;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.nio.file.Path;

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

  /** Reads and checks {@code nwtn.compare.*}; a bad value names its key. */
  public static Tolerances fromConfig(Config root) throws CompareException {
    try {
      Config c = root.getConfig("nwtn.compare");
      return new Tolerances(
              c.getDouble("latency-tolerance"),
              c.getDuration("latency-floor").toMillis(),
              c.getDouble("success-rate-tolerance"),
              c.getDouble("throughput-tolerance"),
              c.getDouble("significance"),
              Path.of(c.getString("baselines-dir")))
          .checked();
    } catch (ConfigException e) {
      throw new CompareException(e.getMessage() + ": fix the setting", e);
    }
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

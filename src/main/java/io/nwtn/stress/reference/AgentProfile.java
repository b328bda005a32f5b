package io.nwtn.stress.reference;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.settings.SettingsReader;
import java.time.Duration;
import java.util.Random;

/**
 * How one agent behaves for one query class: its execution time is log-normal with the given median
 * and 95th percentile, and it uses a whole number of context units drawn uniformly from {@code
 * contextMin..contextMax}.
 */
public record AgentProfile(
    Agent agent, Duration median, Duration p95, int contextMin, int contextMax) {

  /** The standard normal quantile of 0.95: p95 = median * exp(1.645 * sigma). */
  private static final double Z95 = 1.6448536269514722;

  /** Reads {@code median}, {@code p95}, {@code context-min}, {@code context-max} of one agent. */
  static AgentProfile read(Agent agent, SettingsReader section) {
    Duration median = section.duration("median", Duration.ZERO);
    Duration p95 = section.duration("p95", median);
    int contextMin = section.intIn("context-min", 0, 100_000);
    int contextMax = section.intIn("context-max", contextMin, 100_000);
    return new AgentProfile(agent, median, p95, contextMin, contextMax);
  }

  /** One execution time in microseconds. */
  long sampleMicros(Random random) {
    double medianMicros = median.toNanos() / 1_000.0;
    if (medianMicros == 0) {
      return 0;
    }
    double sigma = Math.log((double) p95.toNanos() / median.toNanos()) / Z95;
    return Math.round(medianMicros * Math.exp(sigma * random.nextGaussian()));
  }

  /** One context use. */
  int sampleContext(Random random) {
    return contextMin + random.nextInt(contextMax - contextMin + 1);
  }
}

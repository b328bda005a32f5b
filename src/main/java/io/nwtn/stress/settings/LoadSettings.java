package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.QueryClass;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The workload of the stress simulation ({@code nwtn.load}).
 *
 * @param profile the profile the values came from
 * @param users peak concurrent virtual users
 * @param rampUp time over which users arrive
 * @param steady time during which all users stay
 * @param rampDown time over which users leave, evenly
 * @param thinkTimeMin shortest pause after an answer
 * @param thinkTimeMax longest pause after an answer
 * @param weights traffic share of each class in percent, adding up to 100
 * @param model closed (population) or open (arrival rate)
 * @param arrivalRate open model: arrivals per second at the peak (derived when not set)
 * @param queriesDir folder of the query corpora, relative to the working directory
 */
public record LoadSettings(
    String profile,
    int users,
    Duration rampUp,
    Duration steady,
    Duration rampDown,
    Duration thinkTimeMin,
    Duration thinkTimeMax,
    Map<QueryClass, Integer> weights,
    InjectionModel model,
    double arrivalRate,
    String queriesDir) {

  private static final String S = "nwtn.load.";

  public LoadSettings {
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
  }

  /** Reads and validates {@code nwtn.load}. */
  public static LoadSettings fromConfig(Config root) {
    int users = Read.integer(root, S + "users", 1);
    Duration min = Read.duration(root, S + "think-time.min", Duration.ZERO);
    Duration max = Read.duration(root, S + "think-time.max", Duration.ZERO);
    if (max.compareTo(min) < 0) {
      throw new SettingsException(
          "nwtn.load.think-time.min",
          min.toMillis() + "ms is above think-time.max " + max.toMillis() + "ms",
          "think-time.min <= think-time.max");
    }
    double rate = Read.number(root, S + "arrival-rate", 0, 1_000_000);
    if (rate == 0) {
      rate = derivedArrivalRate(users, min, max);
    }
    return new LoadSettings(
        Read.string(root, S + "profile", "a profile name"),
        users,
        Read.duration(root, S + "ramp-up", Duration.ZERO),
        Read.duration(root, S + "steady", Duration.ofSeconds(1)),
        Read.duration(root, S + "ramp-down", Duration.ZERO),
        min,
        max,
        weights(root),
        Read.choice(root, S + "model", InjectionModel.class),
        rate,
        Read.string(root, S + "queries-dir", "a folder path"));
  }

  private static Map<QueryClass, Integer> weights(Config root) {
    Map<QueryClass, Integer> weights = new EnumMap<>(QueryClass.class);
    int sum = 0;
    for (QueryClass qc : QueryClass.values()) {
      int w = Read.integer(root, S + "weights." + qc.wireName(), 0);
      weights.put(qc, w);
      sum += w;
    }
    if (sum != 100) {
      throw new SettingsException(
          "nwtn.load.weights",
          "simple + medium + complex add up to " + sum,
          "whole percentages adding up to 100, e.g. 40/40/20");
    }
    return weights;
  }

  /** The rate at which a closed population of {@code users} would send, ignoring latency. */
  private static double derivedArrivalRate(int users, Duration min, Duration max) {
    double meanThinkSeconds = (min.toMillis() + max.toMillis()) / 2000.0;
    return meanThinkSeconds <= 0 ? users : users / meanThinkSeconds;
  }

  /** Ramp-up, steady and ramp-down together: how long injection lasts. */
  public Duration injectionDuration() {
    return rampUp.plus(steady).plus(rampDown);
  }

  /** The traffic share of a class as a percentage. */
  public double percent(QueryClass queryClass) {
    return weights.get(queryClass);
  }
}

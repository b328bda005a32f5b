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

  public LoadSettings {
    weights = Collections.unmodifiableMap(new EnumMap<>(weights));
  }

  /** Reads and validates {@code nwtn.load}. */
  public static LoadSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.load");
    int users = s.intIn("users", 1, Integer.MAX_VALUE);
    Duration min = s.duration("think-time.min", Duration.ZERO);
    Duration max = s.duration("think-time.max", Duration.ZERO);
    if (max.compareTo(min) < 0) {
      throw new SettingsException(
          "nwtn.load.think-time.min",
          min.toMillis() + "ms is above think-time.max " + max.toMillis() + "ms",
          "think-time.min <= think-time.max");
    }
    double rate = s.doubleIn("arrival-rate", 0, 1_000_000);
    if (rate == 0) {
      rate = derivedArrivalRate(users, min, max);
    }
    return new LoadSettings(
        s.string("profile", "a profile name"),
        users,
        s.duration("ramp-up", Duration.ZERO),
        s.duration("steady", Duration.ofSeconds(1)),
        s.duration("ramp-down", Duration.ZERO),
        min,
        max,
        weights(s),
        s.choice("model", InjectionModel.class),
        rate,
        s.string("queries-dir", "a folder path"));
  }

  private static Map<QueryClass, Integer> weights(SettingsReader s) {
    Map<QueryClass, Integer> weights = new EnumMap<>(QueryClass.class);
    int sum = 0;
    for (QueryClass qc : QueryClass.values()) {
      int w = s.intIn("weights." + qc.wireName(), 0, Integer.MAX_VALUE);
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

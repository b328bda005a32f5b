package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.QueryClass;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The Phase 1 thresholds of a run ({@code nwtn.requirements}).
 *
 * @param p95Latency highest accepted 95th percentile of response time
 * @param meanLatency highest accepted mean response time
 * @param successRate lowest accepted share of successful requests, 0 to 1
 * @param concurrency concurrent users that must be sustained (the profile's users by default)
 * @param targetTimes each class's target time, checked against its 95th percentile
 * @param pipelineIntegrity lowest accepted share of successful answers whose trace shows the whole
 *     pipeline working, 0 to 1
 */
public record RequirementsSettings(
    Duration p95Latency,
    Duration meanLatency,
    double successRate,
    int concurrency,
    Map<QueryClass, Duration> targetTimes,
    double pipelineIntegrity) {

  public RequirementsSettings {
    targetTimes = Collections.unmodifiableMap(new EnumMap<>(targetTimes));
  }

  /** Reads and validates {@code nwtn.requirements}. */
  public static RequirementsSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.requirements");
    Map<QueryClass, Duration> targets = new EnumMap<>(QueryClass.class);
    for (QueryClass qc : QueryClass.values()) {
      targets.put(qc, s.duration("target-time." + qc.wireName(), Duration.ofMillis(1)));
    }
    return new RequirementsSettings(
        s.duration("p95-latency", Duration.ofMillis(1)),
        s.duration("mean-latency", Duration.ofMillis(1)),
        s.doubleIn("success-rate", 0, 1),
        s.intIn("concurrency", 1, Integer.MAX_VALUE),
        targets,
        s.doubleIn("pipeline-integrity", 0, 1));
  }
}

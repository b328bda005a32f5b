package io.nwtn.stress.analysis;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How a run went through an outage, read per second from the Phase 1 requests. A second fails when
 * fewer of the requests that ended in it succeeded than the success-rate limit asks. The outage
 * spans the first to the last failing second; the target recovered at the first second after it in
 * which requests ended, so from then on every second met the limit. Times are epoch ms, {@code
 * null} when there was nothing to see.
 *
 * @param failuresBegan the start of the first failing second
 * @param failuresEnded the end of the last failing second
 * @param recoveredAt the start of the first second after which every second met the limit, or
 *     {@code null} when the run ended still failing
 * @param breakerOpenedAt the first second with a {@code circuit_breaker_open} answer
 * @param breakerClosedAt the first second after the last such answer with a success
 * @param failuresInOutage the failed requests of the outage by category
 */
public record Recovery(
    Long failuresBegan,
    Long failuresEnded,
    Long recoveredAt,
    Long breakerOpenedAt,
    Long breakerClosedAt,
    Map<String, Long> failuresInOutage) {

  /** Reads the outage and recovery of a timeline against a success-rate limit (0 to 1). */
  public static Recovery of(RecoveryTimeline timeline, double successRateLimit) {
    NavigableMap<Long, RecoveryTimeline.Second> seconds = timeline.seconds();
    Long first = null;
    Long last = null;
    for (Map.Entry<Long, RecoveryTimeline.Second> e : seconds.entrySet()) {
      RecoveryTimeline.Second s = e.getValue();
      if (s.completed > 0 && (double) s.ok / s.completed < successRateLimit) {
        first = first == null ? e.getKey() : first;
        last = e.getKey();
      }
    }
    Map<String, Long> inOutage = new TreeMap<>();
    Long recovered = null;
    if (first != null) {
      seconds
          .subMap(first, true, last, true)
          .values()
          .forEach(s -> s.failures.forEach((k, v) -> inOutage.merge(k, v, Long::sum)));
      recovered =
          seconds.tailMap(last, false).entrySet().stream()
              .filter(e -> e.getValue().completed > 0)
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(null);
    }
    Long[] breaker = breaker(seconds);
    return new Recovery(
        ms(first),
        first == null ? null : (last + 1) * 1000,
        ms(recovered),
        ms(breaker[0]),
        ms(breaker[1]),
        inOutage);
  }

  /** The seconds the breaker was first seen open, and first seen closed again after that. */
  private static Long[] breaker(NavigableMap<Long, RecoveryTimeline.Second> seconds) {
    Long opened = null;
    Long lastOpen = null;
    for (Map.Entry<Long, RecoveryTimeline.Second> e : seconds.entrySet()) {
      if (e.getValue().breakerOpen > 0) {
        opened = opened == null ? e.getKey() : opened;
        lastOpen = e.getKey();
      }
    }
    Long closed =
        lastOpen == null
            ? null
            : seconds.tailMap(lastOpen, false).entrySet().stream()
                .filter(e -> e.getValue().ok > 0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    return new Long[] {opened, closed};
  }

  private static Long ms(Long epochSecond) {
    return epochSecond == null ? null : epochSecond * 1000;
  }

  /** Whether any second failed. */
  public boolean outage() {
    return failuresBegan != null;
  }

  /** Seconds from the first failing second to the recovery, {@code null} without both. */
  public Double timeToRecoverSeconds() {
    return failuresBegan == null || recoveredAt == null
        ? null
        : (recoveredAt - failuresBegan) / 1000.0;
  }

  /** The report section. */
  public Map<String, Object> toJson() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("outage", outage());
    d.put("failures_began", time(failuresBegan));
    d.put("failures_ended", time(failuresEnded));
    d.put("outage_seconds", outage() ? (failuresEnded - failuresBegan) / 1000.0 : null);
    d.put("recovered", outage() ? recoveredAt != null : null);
    d.put("recovered_at", time(recoveredAt));
    d.put("time_to_recover_seconds", timeToRecoverSeconds());
    d.put("failures_in_outage", failuresInOutage);
    d.put("circuit_breaker_opened", breakerOpenedAt != null);
    d.put("circuit_breaker_opened_at", time(breakerOpenedAt));
    d.put("circuit_breaker_closed", breakerOpenedAt == null ? null : breakerClosedAt != null);
    d.put("circuit_breaker_closed_at", time(breakerClosedAt));
    return d;
  }

  private static String time(Long epochMs) {
    return epochMs == null ? null : Instant.ofEpochMilli(epochMs).toString();
  }
}

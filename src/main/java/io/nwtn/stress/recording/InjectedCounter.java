package io.nwtn.stress.recording;

import io.nwtn.stress.files.HistogramCodec;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The injected bad requests of one kind: how many were sent, how many got their documented
 * rejection in time, their exact response times (as Gatling times them) and why the others failed
 * (the first {@value Sidecar.InjectedRecord#MESSAGES_KEPT} messages, each failure counted). The one
 * tally of them, whether they come one by one (the recorder, an older run's log) or as records of
 * other tallies (sidecars added together). Injected requests are a small share of a run, so one
 * lock per kind is enough.
 */
public final class InjectedCounter {

  private long count;
  private long passed;
  private final Histogram times = HistogramCodec.newMillis();
  private final Map<String, Long> failures = new TreeMap<>();

  /** One request; {@code message} is Gatling's for one that failed, {@code null} if unknown. */
  public synchronized void add(boolean ok, long responseTimeMs, String message) {
    count++;
    times.recordValue(Math.min(Math.max(0, responseTimeMs), times.getHighestTrackableValue()));
    if (ok) {
      passed++;
    } else {
      keep(message == null ? "no message" : message, 1);
    }
  }

  /** Another tally's record of the same kind. */
  public synchronized void add(Sidecar.InjectedRecord record) {
    count += record.count();
    passed += record.passed();
    times.add(HistogramCodec.decode(record.timesMs()));
    if (record.failures() != null) {
      record.failures().forEach(this::keep);
    }
  }

  /** Adds {@code n} failures of {@code message}, a new message only while fewer are kept. */
  private void keep(String message, long n) {
    if (failures.containsKey(message) || failures.size() < Sidecar.InjectedRecord.MESSAGES_KEPT) {
      failures.merge(message, n, Long::sum);
    }
  }

  public synchronized long count() {
    return count;
  }

  public synchronized long passed() {
    return passed;
  }

  /** The tally so far. */
  public synchronized Sidecar.InjectedRecord record() {
    return new Sidecar.InjectedRecord(
        count, passed, HistogramCodec.encode(times), new TreeMap<>(failures));
  }
}

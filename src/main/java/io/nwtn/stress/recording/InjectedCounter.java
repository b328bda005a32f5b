package io.nwtn.stress.recording;

import io.nwtn.stress.files.HistogramCodec;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The injected bad requests of one kind: how many were sent, how many got their documented
 * rejection in time, their exact response times (as Gatling times them) and why the others failed.
 * Injected requests are a small share of a run, so one lock per kind is enough.
 */
final class InjectedCounter {

  private long count;
  private long passed;
  private final Histogram times = HistogramCodec.newMillis();
  private final Map<String, Long> failures = new TreeMap<>();

  synchronized void add(boolean ok, long responseTimeMs, String message) {
    count++;
    times.recordValue(Math.min(Math.max(0, responseTimeMs), times.getHighestTrackableValue()));
    if (ok) {
      passed++;
    } else {
      Sidecar.InjectedRecord.keep(failures, message == null ? "no message" : message, 1);
    }
  }

  synchronized Sidecar.InjectedRecord record() {
    return new Sidecar.InjectedRecord(
        count, passed, HistogramCodec.encode(times), new TreeMap<>(failures));
  }
}

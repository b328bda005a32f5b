package io.nwtn.stress.analysis;

import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.recording.Sidecar;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The injected requests of a run, from the sidecar's record of them (or, for a run whose log still
 * held them, from {@code simulation.log}): per kind how many were sent, how many got their
 * documented rejection in time, the exact response times, and why the others failed.
 */
public final class InjectionTally {

  /** Distinct failure messages kept per kind; the count of every failure is always exact. */
  static final int MESSAGES_KEPT = Sidecar.InjectedRecord.MESSAGES_KEPT;

  private final Map<InjectedRequest, Kind> kinds = new EnumMap<>(InjectedRequest.class);

  /** Adds one injected request of a log. */
  public void add(InjectedRequest kind, LogRecord.Request r) {
    kinds.computeIfAbsent(kind, k -> new Kind()).add(r);
  }

  /**
   * Adds a sidecar's record of the injected requests, kind by kind; names it does not know are
   * left.
   */
  public void add(Map<String, Sidecar.InjectedRecord> records) {
    if (records == null) {
      return;
    }
    records.forEach(
        (name, record) ->
            InjectedRequest.ofRequestName(name)
                .filter(kind -> record.count() > 0)
                .ifPresent(kind -> kinds.computeIfAbsent(kind, k -> new Kind()).add(record)));
  }

  public long requests() {
    return kinds.values().stream().mapToLong(k -> k.count).sum();
  }

  public long passed() {
    return kinds.values().stream().mapToLong(k -> k.passed).sum();
  }

  public long failed() {
    return requests() - passed();
  }

  /** The report section: totals, then one entry per kind that was sent. */
  public Map<String, Object> toJson() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("requests", requests());
    d.put("passed", passed());
    d.put("failed", failed());
    d.put("pass_rate", requests() == 0 ? null : (double) passed() / requests());
    Map<String, Object> byKind = new LinkedHashMap<>();
    kinds.forEach((kind, k) -> byKind.put(kind.requestName(), k.toJson(kind)));
    d.put("by_request", byKind);
    return d;
  }

  private static final class Kind {
    long count;
    long passed;
    final Histogram times = HistogramCodec.newMillis();
    final Map<String, Long> failures = new TreeMap<>();

    void add(LogRecord.Request r) {
      count++;
      times.recordValue(
          Math.min(Math.max(0, r.responseTimeMs()), times.getHighestTrackableValue()));
      if (r.ok()) {
        passed++;
      } else {
        Sidecar.InjectedRecord.keep(failures, r.message() == null ? "no message" : r.message(), 1);
      }
    }

    void add(Sidecar.InjectedRecord record) {
      count += record.count();
      passed += record.passed();
      times.add(HistogramCodec.decode(record.timesMs()));
      if (record.failures() != null) {
        record
            .failures()
            .forEach((message, n) -> Sidecar.InjectedRecord.keep(failures, message, n));
      }
    }

    Map<String, Object> toJson(InjectedRequest kind) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("expected_status", kind.expected().status());
      d.put("expected_error", kind.expected().code());
      d.put("requests", count);
      d.put("passed", passed);
      d.put("failed", count - passed);
      d.put("p95_ms", times.getValueAtPercentile(95));
      d.put("max_ms", times.getMaxValue());
      d.put("failures", failures);
      return d;
    }
  }
}

package io.nwtn.stress.analysis;

import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.recording.InjectedCounter;
import io.nwtn.stress.recording.Sidecar;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The injected requests of a run, from the sidecar's record of them (or, for a run whose log still
 * held them, from {@code simulation.log}): per kind how many were sent, how many got their
 * documented rejection in time, the exact response times, and why the others failed.
 */
public final class InjectionTally {

  private final Map<InjectedRequest, InjectedCounter> kinds = new EnumMap<>(InjectedRequest.class);

  /** Adds one injected request of a log. */
  public void add(InjectedRequest kind, LogRecord.Request r) {
    kinds
        .computeIfAbsent(kind, k -> new InjectedCounter())
        .add(r.ok(), r.responseTimeMs(), r.message());
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
                .ifPresent(
                    kind -> kinds.computeIfAbsent(kind, k -> new InjectedCounter()).add(record)));
  }

  public long requests() {
    return kinds.values().stream().mapToLong(InjectedCounter::count).sum();
  }

  public long passed() {
    return kinds.values().stream().mapToLong(InjectedCounter::passed).sum();
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
    kinds.forEach((kind, k) -> byKind.put(kind.requestName(), toJson(kind, k.record())));
    d.put("by_request", byKind);
    return d;
  }

  private static Map<String, Object> toJson(InjectedRequest kind, Sidecar.InjectedRecord r) {
    Histogram times = HistogramCodec.decode(r.timesMs());
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("expected_status", kind.expected().status());
    d.put("expected_error", kind.expected().code());
    d.put("requests", r.count());
    d.put("passed", r.passed());
    d.put("failed", r.count() - r.passed());
    d.put("p95_ms", times.getValueAtPercentile(95));
    d.put("max_ms", times.getMaxValue());
    d.put("failures", r.failures());
    return d;
  }
}

package io.nwtn.stress.analysis;

import io.nwtn.stress.recording.Sidecar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The failed requests by kind. Counts always add up to the failed requests of {@code
 * simulation.log}: transport failures (timeout, connection refused or reset) come from its KO
 * messages; answered failures take the sidecar's finer kinds (HTTP status with the contract's error
 * code, or the body rule broken) when the sidecar accounts for all of them, else the log's kinds.
 */
public record ErrorBreakdown(long totalFailed, String answeredSource, List<Entry> categories) {

  /**
   * One kind of failure.
   *
   * @param example one message of this kind, as Gatling or the sidecar recorded it
   */
  public record Entry(
      String category, long count, long firstEpochMs, long lastEpochMs, String example) {}

  /** Builds the breakdown; {@code sidecar} may be {@code null}. */
  public static ErrorBreakdown of(LogAnalysis log, Sidecar sidecar) {
    return of(log, RequestFigures.of(log, sidecar), sidecar);
  }

  /**
   * Builds the breakdown of {@code requests}' failures: when they come from the sidecar (the log
   * lost requests of a run stopped early), every kind is the sidecar's, answers that never came
   * counted as {@value #NO_ANSWER}.
   */
  public static ErrorBreakdown of(LogAnalysis log, RequestFigures requests, Sidecar sidecar) {
    if (requests.fromSidecar()) {
      return fromSidecar(requests, sidecar);
    }
    List<Entry> transport = new ArrayList<>();
    List<Entry> answeredFromLog = new ArrayList<>();
    for (FailureTally t : log.failures().values()) {
      Entry e = new Entry(t.category(), t.count(), t.first(), t.last(), t.example());
      (ErrorCategory.TRANSPORT.contains(t.category()) ? transport : answeredFromLog).add(e);
    }
    long answered = answeredFromLog.stream().mapToLong(Entry::count).sum();
    List<Entry> fromSidecar = answeredFromSidecar(sidecar);
    boolean useSidecar =
        sidecar != null && fromSidecar.stream().mapToLong(Entry::count).sum() == answered;
    List<Entry> all = new ArrayList<>(transport);
    all.addAll(useSidecar ? fromSidecar : answeredFromLog);
    all.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::category));
    return new ErrorBreakdown(
        log.ko(), useSidecar ? "sidecar" : "simulation.log", List.copyOf(all));
  }

  /** The sidecar's failure key of requests that got no answer (timeout, connection failure). */
  public static final String NO_ANSWER = "no_answer";

  private static ErrorBreakdown fromSidecar(RequestFigures requests, Sidecar sidecar) {
    List<Entry> all = new ArrayList<>();
    if (sidecar.failures() != null) {
      sidecar
          .failures()
          .forEach(
              (key, r) ->
                  all.add(
                      new Entry(key, r.count(), r.firstEpochMs(), r.lastEpochMs(), r.example())));
    }
    all.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::category));
    return new ErrorBreakdown(requests.failed(), RequestFigures.SIDECAR, List.copyOf(all));
  }

  private static List<Entry> answeredFromSidecar(Sidecar sidecar) {
    List<Entry> out = new ArrayList<>();
    if (sidecar == null || sidecar.failures() == null) {
      return out;
    }
    for (Map.Entry<String, Sidecar.FailureRecord> f : sidecar.failures().entrySet()) {
      // requests without an answer are categorised from the log's messages
      if (!NO_ANSWER.equals(f.getKey()) && !ErrorCategory.TRANSPORT.contains(f.getKey())) {
        Sidecar.FailureRecord r = f.getValue();
        out.add(new Entry(f.getKey(), r.count(), r.firstEpochMs(), r.lastEpochMs(), r.example()));
      }
    }
    return out;
  }

  /** Count per category, in the breakdown's order. */
  public Map<String, Long> counts() {
    Map<String, Long> out = new java.util.LinkedHashMap<>();
    categories.forEach(e -> out.put(e.category(), e.count()));
    return out;
  }
}

package io.nwtn.stress.merge;

import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.recording.Sidecar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.HdrHistogram.Histogram;

/**
 * Adds the sidecars of several injectors into the sidecar of the whole run: counts and sums added,
 * histograms added bucket by bucket (so percentiles stay exact), first and last times widened, and
 * the target's {@code /health} taken at the earliest start and the latest end, since its breaker
 * counter is the target's own and must not be summed; likewise the target's own metrics are one
 * injector's.
 */
public final class SidecarMerge {

  private SidecarMerge() {}

  /**
   * The sidecar of the merged run. The limits and the kind of target are the first sidecar's (the
   * caller checked the limits are equal); {@code testConfig} replaces the injectors' own.
   */
  public static Sidecar merge(List<Sidecar> parts, Map<String, Object> testConfig) {
    Sidecar first = parts.get(0);
    return new Sidecar(
        Sidecar.VERSION,
        parts.stream().mapToLong(Sidecar::startEpochMs).min().orElse(0),
        parts.stream().mapToLong(Sidecar::endEpochMs).max().orElse(0),
        first.limits(),
        testConfig,
        // the injectors share one target, so the first one's kind is the run's
        first.targetKind(),
        mergeMaps(parts.stream().map(Sidecar::classes).toList(), SidecarMerge::classes),
        mergeMaps(parts.stream().map(Sidecar::agentTimesUs).toList(), SidecarMerge::histograms),
        mergeMaps(
            parts.stream().map(Sidecar::agentTimesByClassUs).toList(),
            (a, b) -> mergeMaps(List.of(a, b), SidecarMerge::histograms)),
        mergeMaps(parts.stream().map(Sidecar::failures).toList(), SidecarMerge::failures),
        parts.stream().map(Sidecar::pipeline).reduce(SidecarMerge::pipeline).orElse(null),
        parts.stream().map(Sidecar::ftns).reduce(SidecarMerge::ftns).orElse(null),
        parts.stream()
            .map(Sidecar::healthBefore)
            .filter(h -> h != null)
            .min(Comparator.comparingLong(Sidecar.HealthSnapshot::epochMs))
            .orElse(null),
        parts.stream()
            .map(Sidecar::healthAfter)
            .filter(h -> h != null)
            .max(Comparator.comparingLong(Sidecar.HealthSnapshot::epochMs))
            .orElse(null),
        resources(parts),
        parts.stream()
            .map(Sidecar::stoppedEarly)
            .filter(s -> s != null)
            .min(Comparator.comparingLong(Sidecar.EarlyStop::epochMs))
            .orElse(null),
        targetMetrics(parts),
        injected(parts));
  }

  /**
   * The injected requests of every injector, kind by kind; {@code null} when no sidecar counted
   * them (their requests are then in the logs).
   */
  static Map<String, Sidecar.InjectedRecord> injected(List<Sidecar> parts) {
    List<Map<String, Sidecar.InjectedRecord>> counted =
        parts.stream().map(Sidecar::injected).filter(m -> m != null).toList();
    return counted.isEmpty() ? null : mergeMaps(counted, Sidecar.InjectedRecord::plus);
  }

  /**
   * Every injector reads the same target's metrics, so adding them would count the target several
   * times: the fullest reading stands for all.
   */
  static Sidecar.TargetMetricsRecord targetMetrics(List<Sidecar> parts) {
    return parts.stream()
        .map(Sidecar::targetMetrics)
        .filter(t -> t != null)
        .max(Comparator.comparingInt(t -> t.samples() == null ? 0 : t.samples().size()))
        .orElse(null);
  }

  /** Key by key; a key present in one map only is kept as it is. Nulls count as empty maps. */
  static <V> Map<String, V> mergeMaps(List<Map<String, V>> maps, BinaryOperator<V> add) {
    Map<String, V> out = new LinkedHashMap<>();
    for (Map<String, V> m : maps) {
      if (m != null) {
        m.forEach(
            (k, v) -> out.merge(k, v, (x, y) -> x == null ? y : y == null ? x : add.apply(x, y)));
      }
    }
    return out;
  }

  static String histograms(String a, String b) {
    Histogram sum = HistogramCodec.decode(a);
    sum.add(HistogramCodec.decode(b));
    return HistogramCodec.encode(sum);
  }

  private static Sidecar.ClassRecord classes(Sidecar.ClassRecord a, Sidecar.ClassRecord b) {
    return new Sidecar.ClassRecord(
        a.count() + b.count(),
        a.ok() + b.ok(),
        a.failed() + b.failed(),
        a.overTarget() + b.overTarget(),
        histograms(a.latencyMs(), b.latencyMs()));
  }

  private static Sidecar.FailureRecord failures(Sidecar.FailureRecord a, Sidecar.FailureRecord b) {
    return new Sidecar.FailureRecord(
        a.count() + b.count(),
        Math.min(a.firstEpochMs(), b.firstEpochMs()),
        Math.max(a.lastEpochMs(), b.lastEpochMs()),
        a.firstEpochMs() <= b.firstEpochMs() ? a.example() : b.example());
  }

  private static Sidecar.PipelineRecord pipeline(
      Sidecar.PipelineRecord a, Sidecar.PipelineRecord b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return a.plus(b);
  }

  private static Map<String, Long> counts(Map<String, Long> a, Map<String, Long> b) {
    return new TreeMap<>(mergeMaps(List.of(a, b), Long::sum));
  }

  private static Sidecar.FtnsRecord ftns(Sidecar.FtnsRecord a, Sidecar.FtnsRecord b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    // an injector without valid answers has no FTNS rate; its zeros must not become the minimum
    boolean ra = a.responses() > 0;
    boolean rb = b.responses() > 0;
    return new Sidecar.FtnsRecord(
        a.responses() + b.responses(),
        a.contextAllocated() + b.contextAllocated(),
        a.contextUsed() + b.contextUsed(),
        a.ftnsCharged() + b.ftnsCharged(),
        a.overAllocation() + b.overAllocation(),
        a.stepSumMismatch() + b.stepSumMismatch(),
        a.accurate() + b.accurate(),
        ra && rb
            ? Math.min(a.ftnsPerContextMinMicro(), b.ftnsPerContextMinMicro())
            : ra ? a.ftnsPerContextMinMicro() : b.ftnsPerContextMinMicro(),
        ra && rb
            ? Math.max(a.ftnsPerContextMaxMicro(), b.ftnsPerContextMaxMicro())
            : ra ? a.ftnsPerContextMaxMicro() : b.ftnsPerContextMaxMicro());
  }

  /** Every injector's resource samples in time order; each describes its own machine. */
  private static List<Sidecar.ResourceSample> resources(List<Sidecar> parts) {
    List<Sidecar.ResourceSample> all = new ArrayList<>();
    parts.stream().filter(p -> p.resources() != null).forEach(p -> all.addAll(p.resources()));
    all.sort(Comparator.comparingLong(Sidecar.ResourceSample::epochMs));
    return all;
  }
}

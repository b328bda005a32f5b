package io.nwtn.stress.recording;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Picks out of a target's metrics what the reports use: the standard process metrics every
 * Prometheus client library exports, and the JVM's or Python's own where present.
 */
final class TargetMetricsReading {

  private TargetMetricsReading() {}

  /** The metrics {@link #of} reads; a sample of any other is never used. */
  static final Set<String> METRICS =
      Set.of(
          "python_gc_collections_total",
          "jvm_gc_collection_seconds_count",
          "jvm_memory_max_bytes",
          "jvm_memory_used_bytes",
          "process_cpu_seconds_total",
          "process_resident_memory_bytes",
          "process_open_fds");

  /** The reading of {@code samples} taken at {@code epochMs}. */
  static Sidecar.TargetSample of(long epochMs, List<PrometheusText.Sample> samples) {
    Double gc = sum(samples, "python_gc_collections_total", s -> true);
    if (gc == null) {
      gc = sum(samples, "jvm_gc_collection_seconds_count", s -> true);
    }
    Predicate<PrometheusText.Sample> heap = s -> "heap".equals(s.labels().get("area"));
    Double heapMax = sum(samples, "jvm_memory_max_bytes", heap);
    return new Sidecar.TargetSample(
        epochMs,
        sum(samples, "process_cpu_seconds_total", s -> true),
        whole(sum(samples, "process_resident_memory_bytes", s -> true)),
        whole(sum(samples, "process_open_fds", s -> true)),
        whole(sum(samples, "jvm_memory_used_bytes", heap)),
        // the JVM exports -1 for a heap without a limit
        heapMax == null || heapMax <= 0 ? null : whole(heapMax),
        whole(gc));
  }

  /** What the target runs on, from its runtime's info metric; {@code null} when it has none. */
  static String runtime(List<PrometheusText.Sample> samples) {
    for (PrometheusText.Sample s : samples) {
      Map<String, String> l = s.labels();
      if (s.name().equals("python_info")) {
        return (l.getOrDefault("implementation", "Python") + " " + l.getOrDefault("version", ""))
            .strip();
      }
      if (s.name().equals("jvm_runtime_info")) {
        return ("jvm " + l.getOrDefault("version", "")).strip();
      }
    }
    return null;
  }

  /** The sum of the series of {@code name} that {@code which} accepts; null without any. */
  private static Double sum(
      List<PrometheusText.Sample> samples, String name, Predicate<PrometheusText.Sample> which) {
    Double total = null;
    for (PrometheusText.Sample s : samples) {
      if (s.name().equals(name) && which.test(s) && Double.isFinite(s.value())) {
        total = (total == null ? 0 : total) + s.value();
      }
    }
    return total;
  }

  private static Long whole(Double value) {
    return value == null ? null : Math.round(value);
  }
}

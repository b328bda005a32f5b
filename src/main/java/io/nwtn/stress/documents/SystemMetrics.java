package io.nwtn.stress.documents;

import io.nwtn.stress.recording.Sidecar;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The results' {@code system_metrics}: the load generator's machine as PRSM's stress script
 * measured it with psutil (CPU, memory and disk in percent, the least memory available, how long it
 * was watched), then the suite's own figures (samples, memory and network in bytes, the target's
 * last reported resources). PRSM's figures are {@code null} when no sample was taken.
 */
public final class SystemMetrics {

  private static final double GB = 1024.0 * 1024 * 1024;

  private SystemMetrics() {}

  public static Map<String, Object> build(Sidecar s) {
    Map<String, Object> out = Json.object();
    List<Sidecar.ResourceSample> samples =
        s == null || s.resources() == null ? List.of() : s.resources();
    ToDoubleFunction<Sidecar.ResourceSample> cpu = r -> 100 * r.cpuLoad();
    ToDoubleFunction<Sidecar.ResourceSample> memory =
        r -> r.memoryTotalBytes() == 0 ? 0 : 100.0 * r.memoryUsedBytes() / r.memoryTotalBytes();
    out.put("avg_cpu_percent", average(samples, cpu));
    out.put("max_cpu_percent", max(samples, cpu));
    out.put("avg_memory_percent", average(samples, memory));
    out.put("max_memory_percent", max(samples, memory));
    out.put("min_available_memory_gb", minAvailableGb(samples));
    List<Sidecar.ResourceSample> disk =
        samples.stream().filter(r -> r.diskUsedPercent() != null).toList();
    out.put("avg_disk_percent", average(disk, Sidecar.ResourceSample::diskUsedPercent));
    out.put(
        "monitoring_duration",
        s == null ? 0.0 : Math.max(0, s.endEpochMs() - s.startEpochMs()) / 1000.0);
    out.put("samples", samples.size());
    if (!samples.isEmpty()) {
      suiteFigures(out, samples);
    }
    return out;
  }

  /** The least memory available in any sample, in GiB as psutil's {@code available / 1024**3}. */
  private static Double minAvailableGb(List<Sidecar.ResourceSample> samples) {
    return samples.stream()
        .mapToLong(r -> r.memoryTotalBytes() - r.memoryUsedBytes())
        .min()
        .stream()
        .mapToObj(bytes -> Json.round(bytes / GB, 3))
        .findFirst()
        .orElse(null);
  }

  private static void suiteFigures(Map<String, Object> out, List<Sidecar.ResourceSample> samples) {
    out.put(
        "cpu_percent_avg",
        Json.round(
            100 * samples.stream().mapToDouble(Sidecar.ResourceSample::cpuLoad).average().orElse(0),
            1));
    out.put(
        "cpu_percent_max",
        Json.round(
            100 * samples.stream().mapToDouble(Sidecar.ResourceSample::cpuLoad).max().orElse(0),
            1));
    out.put(
        "memory_used_max_bytes",
        samples.stream().mapToLong(Sidecar.ResourceSample::memoryUsedBytes).max().orElse(0));
    out.put("memory_total_bytes", samples.get(0).memoryTotalBytes());
    Sidecar.ResourceSample first = samples.get(0);
    Sidecar.ResourceSample last = samples.get(samples.size() - 1);
    out.put("network_received_bytes", last.networkReceivedBytes() - first.networkReceivedBytes());
    out.put("network_sent_bytes", last.networkSentBytes() - first.networkSentBytes());
    out.put("target_resources_last", last.target());
  }

  private static Double average(
      List<Sidecar.ResourceSample> samples, ToDoubleFunction<Sidecar.ResourceSample> f) {
    return samples.isEmpty()
        ? null
        : Json.round(samples.stream().mapToDouble(f).average().orElse(0), 1);
  }

  private static Double max(
      List<Sidecar.ResourceSample> samples, ToDoubleFunction<Sidecar.ResourceSample> f) {
    return samples.isEmpty()
        ? null
        : Json.round(samples.stream().mapToDouble(f).max().orElse(0), 1);
  }
}

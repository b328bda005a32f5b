package io.nwtn.stress.documents;

import io.nwtn.stress.recording.Sidecar;
import java.util.List;
import java.util.Map;

/** The resources sampled during a run: a summary, and every sample for the timeline. */
public final class SystemMetrics {

  private SystemMetrics() {}

  public static Map<String, Object> build(Sidecar s) {
    Map<String, Object> out = Json.object();
    List<Sidecar.ResourceSample> samples =
        s == null || s.resources() == null ? List.of() : s.resources();
    out.put("samples", samples.size());
    if (samples.isEmpty()) {
      return out;
    }
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
    return out;
  }
}

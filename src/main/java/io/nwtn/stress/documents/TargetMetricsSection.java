package io.nwtn.stress.documents;

import io.nwtn.stress.analysis.TargetResources;
import java.util.Map;

/**
 * The results' {@code target_metrics}: the target's own resources through the run, read from the
 * Prometheus metrics it serves, where {@code system_metrics} describes the load generator's machine
 * as PRSM's script did. Every figure is {@code null} when the target serves no metrics.
 */
public final class TargetMetricsSection {

  private TargetMetricsSection() {}

  public static Map<String, Object> build(TargetResources t) {
    Map<String, Object> out = Json.object();
    out.put("source", t.source());
    out.put("detail", t.detail());
    out.put("runtime", t.runtime());
    out.put("samples", t.samples());
    out.put("avg_cpu_percent", t.avgCpuPercent());
    out.put("max_cpu_percent", t.maxCpuPercent());
    out.put("max_resident_memory_bytes", t.maxResidentBytes());
    out.put("max_open_fds", t.maxOpenFds());
    out.put("max_heap_used_bytes", t.maxHeapUsedBytes());
    out.put("memory_limit_bytes", t.memoryLimitBytes());
    out.put("memory_limit_source", t.memoryLimitSource());
    out.put("max_memory_percent", t.maxMemoryPercent());
    out.put("gc_collections", t.gcCollections());
    return out;
  }
}

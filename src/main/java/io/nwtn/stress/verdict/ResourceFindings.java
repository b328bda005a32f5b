package io.nwtn.stress.verdict;

import io.nwtn.stress.analysis.TargetResources;
import io.nwtn.stress.recording.Sidecar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seed's resource warnings: CPU above 80 % and memory above 85 %, now of the target itself
 * (from its own metrics), and the load generator's CPU above 80 %, which may distort what was
 * measured. They never fail a requirement, so they are warnings.
 */
public final class ResourceFindings {

  /**
   * The seed's CPU threshold, in percent (of one core for the target, of the machine for the load
   * generator).
   */
  public static final double CPU_PERCENT = 80;

  /** The seed's memory threshold, in percent of the known limit. */
  public static final double MEMORY_PERCENT = 85;

  private ResourceFindings() {}

  /** The warnings of a run; {@code sidecar} may be {@code null}. */
  public static List<Recommendation> of(TargetResources target, Sidecar sidecar) {
    List<Recommendation> out = new ArrayList<>();
    targetCpu(target).ifPresent(out::add);
    targetMemory(target).ifPresent(out::add);
    loadGeneratorCpu(loadGeneratorMaxCpu(sidecar)).ifPresent(out::add);
    return out;
  }

  private static Optional<Recommendation> targetCpu(TargetResources t) {
    if (t.maxCpuPercent() == null || t.maxCpuPercent() <= CPU_PERCENT) {
      return Optional.empty();
    }
    return Optional.of(
        warning(
            String.format(
                Locale.ROOT,
                "High CPU usage on the target: %.1f%% of one core at its peak, %.1f%% on average"
                    + " (above %.0f%%)",
                t.maxCpuPercent(),
                t.avgCpuPercent() == null ? 0 : t.avgCpuPercent(),
                CPU_PERCENT),
            "Consider horizontal scaling",
            "Optimize CPU-intensive operations"));
  }

  private static Optional<Recommendation> targetMemory(TargetResources t) {
    if (t.maxMemoryPercent() == null || t.maxMemoryPercent() <= MEMORY_PERCENT) {
      return Optional.empty();
    }
    return Optional.of(
        warning(
            String.format(
                Locale.ROOT,
                "High memory usage on the target: %.1f%% of its limit of %d MiB (%s) at its peak"
                    + " (above %.0f%%)",
                t.maxMemoryPercent(),
                t.memoryLimitBytes() >> 20,
                t.memoryLimitSource(),
                MEMORY_PERCENT),
            "Check for memory leaks",
            "Optimize memory usage patterns"));
  }

  /** A busy load generator delays its own requests: what it measured may be its own delay. */
  private static Optional<Recommendation> loadGeneratorCpu(Double maxPercent) {
    if (maxPercent == null || maxPercent <= CPU_PERCENT) {
      return Optional.empty();
    }
    return Optional.of(
        warning(
            String.format(
                Locale.ROOT,
                "High CPU usage on the load generator: %.1f%% at its peak (above %.0f%%); the"
                    + " measured latencies may include its own delays",
                maxPercent,
                CPU_PERCENT),
            "Split the load over more injectors (make nwtn-stress-distributed)",
            "Run the load generator on a machine of its own, apart from the target"));
  }

  /** The load generator machine's highest CPU in percent, or {@code null} without samples. */
  static Double loadGeneratorMaxCpu(Sidecar sidecar) {
    if (sidecar == null || sidecar.resources() == null || sidecar.resources().isEmpty()) {
      return null;
    }
    return 100
        * sidecar.resources().stream().mapToDouble(Sidecar.ResourceSample::cpuLoad).max().orElse(0);
  }

  private static Recommendation warning(String message, String... actions) {
    return new Recommendation(Severity.WARNING, message, List.of(actions));
  }
}

package io.nwtn.stress.verdict;

import io.nwtn.stress.analysis.TargetResources;
import io.nwtn.stress.recording.Sidecar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    if (target.maxCpuPercent() != null && target.maxCpuPercent() > CPU_PERCENT) {
      out.add(
          warning(
              String.format(
                  Locale.ROOT,
                  "High CPU usage on the target: %.1f%% of one core at its peak, %.1f%% on average"
                      + " (above %.0f%%)",
                  target.maxCpuPercent(),
                  target.avgCpuPercent() == null ? 0 : target.avgCpuPercent(),
                  CPU_PERCENT),
              "Consider horizontal scaling",
              "Optimize CPU-intensive operations"));
    }
    if (target.maxMemoryPercent() != null && target.maxMemoryPercent() > MEMORY_PERCENT) {
      out.add(
          warning(
              String.format(
                  Locale.ROOT,
                  "High memory usage on the target: %.1f%% of its limit of %d MiB (%s) at its peak"
                      + " (above %.0f%%)",
                  target.maxMemoryPercent(),
                  target.memoryLimitBytes() >> 20,
                  target.memoryLimitSource(),
                  MEMORY_PERCENT),
              "Check for memory leaks",
              "Optimize memory usage patterns"));
    }
    Double loadGenerator = loadGeneratorMaxCpu(sidecar);
    if (loadGenerator != null && loadGenerator > CPU_PERCENT) {
      out.add(
          warning(
              String.format(
                  Locale.ROOT,
                  "High CPU usage on the load generator: %.1f%% at its peak (above %.0f%%); the"
                      + " measured latencies may include its own delays",
                  loadGenerator,
                  CPU_PERCENT),
              "Split the load over more injectors (make nwtn-stress-distributed)",
              "Run the load generator on a machine of its own, apart from the target"));
    }
    return out;
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

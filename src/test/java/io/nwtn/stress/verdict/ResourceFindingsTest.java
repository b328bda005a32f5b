package io.nwtn.stress.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.analysis.TargetResources;
import io.nwtn.stress.recording.Sidecar;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed's 80 % CPU and 85 % memory warnings, now of the target and of the load generator. */
class ResourceFindingsTest {

  static TargetResources target(Double maxCpu, Double maxMemory) {
    return new TargetResources(
        "http://t/metrics",
        null,
        null,
        10,
        maxCpu == null ? null : maxCpu / 2,
        maxCpu,
        1L << 30,
        50L,
        null,
        2L << 30,
        TargetResources.SETTING,
        maxMemory,
        null,
        List.of());
  }

  static Sidecar loadGenerator(double cpuLoad) {
    Sidecar.ResourceSample r = new Sidecar.ResourceSample(0, cpuLoad, 1, 2, 0, 0, null, Map.of());
    return new Sidecar(
        1,
        0,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(r),
        null,
        null,
        null);
  }

  @Test
  void nothingBelowTheThresholds() {
    assertEquals(List.of(), ResourceFindings.of(target(80.0, 85.0), loadGenerator(0.8)));
  }

  @Test
  void theTargetsCpuAndMemoryAndTheLoadGeneratorsCpuEachWarn() {
    List<Recommendation> r = ResourceFindings.of(target(93.0, 91.5), loadGenerator(0.97));
    assertEquals(3, r.size());
    r.forEach(x -> assertEquals(Severity.WARNING, x.severity()));
    assertEquals(
        "🟡 High CPU usage on the target: 93.0% of one core at its peak, 46.5% on average (above"
            + " 80%)",
        r.get(0).headline());
    assertEquals(
        List.of("Consider horizontal scaling", "Optimize CPU-intensive operations"),
        r.get(0).actions());
    assertEquals(
        "🟡 High memory usage on the target: 91.5% of its limit of 2048 MiB"
            + " (nwtn.target.memory-limit) at its peak (above 85%)",
        r.get(1).headline());
    assertTrue(r.get(2).message().contains("load generator: 97.0%"), r.get(2).message());
    assertTrue(r.get(2).message().contains("measured latencies may include its own delays"));
  }

  @Test
  void aTargetWithoutMetricsGivesNoTargetFinding() {
    assertEquals(List.of(), ResourceFindings.of(TargetResources.none("absent"), null));
  }
}

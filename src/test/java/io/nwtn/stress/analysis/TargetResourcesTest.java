package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.nwtn.stress.recording.Sidecar;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target's CPU from its counter's rate, its memory against the limit that is known. */
class TargetResourcesTest {

  static Sidecar.TargetSample at(long ms, double cpu, long rss, Long heap, Long heapMax) {
    return new Sidecar.TargetSample(ms, cpu, rss, 40L, heap, heapMax, ms / 1000);
  }

  static TargetResources of(long limit, Sidecar.TargetSample... samples) {
    Sidecar s =
        new Sidecar(
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
            null,
            null,
            new Sidecar.TargetMetricsRecord(
                "http://t:8000/metrics", null, "jvm 17", limit, Arrays.asList(samples)),
            null);
    return TargetResources.of(s);
  }

  @Test
  void cpuIsTheCountersRateInPercentOfOneCore() {
    TargetResources t =
        of(
            0,
            at(0, 10.0, 100, null, null),
            at(1000, 10.5, 200, null, null),
            at(2000, 11.7, 150, null, null),
            at(3000, 11.7, 150, null, null));
    assertEquals(3, t.points().stream().filter(p -> p.cpuPercent() != null).count());
    assertEquals(120.0, t.maxCpuPercent(), "1.2 s of CPU in 1 s: more than one core");
    assertEquals(56.7, t.avgCpuPercent(), "1.7 s of CPU over 3 s");
    assertEquals(200L, t.maxResidentBytes());
    assertEquals(4, t.samples());
    assertEquals(3L, t.gcCollections());
    assertNull(t.memoryLimitSource(), "no limit known");
    assertNull(t.maxMemoryPercent());
  }

  @Test
  void aRestartedTargetLeavesAGapRatherThanANegativeRate() {
    TargetResources t =
        of(
            0,
            at(0, 50.0, 1, null, null),
            at(1000, 0.2, 1, null, null),
            at(2000, 0.6, 1, null, null));
    assertNull(t.points().get(1).cpuPercent());
    assertEquals(40.0, t.maxCpuPercent());
    assertEquals(40.0, t.avgCpuPercent());
  }

  @Test
  void theSettingsLimitIsResidentMemoryElseTheJvmHeapLimit() {
    TargetResources set = of(1000, at(0, 1, 900, 10L, 100L), at(1000, 1, 400, 95L, 100L));
    assertEquals(TargetResources.SETTING, set.memoryLimitSource());
    assertEquals(90.0, set.maxMemoryPercent());
    TargetResources heap = of(0, at(0, 1, 900, 10L, 100L), at(1000, 1, 400, 95L, 100L));
    assertEquals(TargetResources.JVM_HEAP, heap.memoryLimitSource());
    assertEquals(95.0, heap.maxMemoryPercent());
    assertEquals(100L, heap.memoryLimitBytes());
  }

  @Test
  void aSidecarWithoutTargetMetricsSaysSo() {
    TargetResources none = TargetResources.of(null);
    assertEquals("none", none.source());
    assertEquals(0, none.samples());
    assertEquals(List.of(), none.points());
  }
}

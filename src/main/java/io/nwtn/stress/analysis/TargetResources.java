package io.nwtn.stress.analysis;

import io.nwtn.stress.recording.Sidecar;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The target's own resources through a run, from the metrics it serves: its CPU in percent of one
 * core (as {@code top} shows a process; above 100 it uses more than one), from the rate of its CPU
 * counter between consecutive readings; its resident memory and open files; and its memory against
 * a known limit, the one set in {@code nwtn.target.memory-limit} (resident memory against it) or
 * else the JVM's heap limit it exports (heap used against it).
 *
 * @param source the URL read, or {@code none}
 * @param detail why nothing was read, or {@code null}
 * @param avgCpuPercent CPU seconds used over the time between the first and the last reading
 * @param memoryLimitSource {@code nwtn.target.memory-limit}, {@code jvm_memory_max_bytes}, or
 *     {@code null} when no limit is known
 * @param maxMemoryPercent the highest memory use against the limit, or {@code null}
 * @param gcCollections garbage collections between the first and the last reading, or {@code null}
 * @param points per reading: its CPU since the one before (null for the first) and resident memory
 */
public record TargetResources(
    String source,
    String detail,
    String runtime,
    int samples,
    Double avgCpuPercent,
    Double maxCpuPercent,
    Long maxResidentBytes,
    Long maxOpenFds,
    Long maxHeapUsedBytes,
    Long memoryLimitBytes,
    String memoryLimitSource,
    Double maxMemoryPercent,
    Long gcCollections,
    List<Point> points) {

  /** The limit's source when it is the setting. */
  public static final String SETTING = "nwtn.target.memory-limit";

  /** The limit's source when it is the heap limit a JVM target exports. */
  public static final String JVM_HEAP = "jvm_memory_max_bytes";

  /** One reading: the CPU since the reading before (percent of one core) and resident memory. */
  public record Point(long epochMs, Double cpuPercent, Long residentBytes) {}

  /** Nothing read: a run without a sidecar, or with one written before the target was read. */
  public static TargetResources none(String detail) {
    return new TargetResources(
        "none", detail, null, 0, null, null, null, null, null, null, null, null, null, List.of());
  }

  /** The figures of a run's sidecar. */
  public static TargetResources of(Sidecar sidecar) {
    Sidecar.TargetMetricsRecord r = sidecar == null ? null : sidecar.targetMetrics();
    if (r == null) {
      return none(sidecar == null ? "no sidecar" : "not recorded by this run");
    }
    List<Sidecar.TargetSample> s = r.samples() == null ? List.of() : r.samples();
    List<Point> points = points(s);
    Long heapMax = max(s.stream().map(Sidecar.TargetSample::heapMaxBytes).toList());
    Long limit = r.memoryLimitBytes() > 0 ? Long.valueOf(r.memoryLimitBytes()) : heapMax;
    String limitSource = r.memoryLimitBytes() > 0 ? SETTING : heapMax == null ? null : JVM_HEAP;
    return new TargetResources(
        r.source(),
        r.detail(),
        r.runtime(),
        s.size(),
        averageCpu(s),
        points.stream()
            .map(Point::cpuPercent)
            .filter(Objects::nonNull)
            .reduce(Math::max)
            .orElse(null),
        max(s.stream().map(Sidecar.TargetSample::residentBytes).toList()),
        max(s.stream().map(Sidecar.TargetSample::openFds).toList()),
        max(s.stream().map(Sidecar.TargetSample::heapUsedBytes).toList()),
        limit,
        limitSource,
        memoryPercent(s, limitSource, limit),
        growth(s),
        points);
  }

  private static List<Point> points(List<Sidecar.TargetSample> s) {
    List<Point> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Double cpu = null;
      if (i > 0) {
        Double used = cpuDelta(s.get(i - 1), s.get(i));
        long ms = s.get(i).epochMs() - s.get(i - 1).epochMs();
        cpu = used == null || ms <= 0 ? null : round(100 * used / (ms / 1000.0));
      }
      out.add(new Point(s.get(i).epochMs(), cpu, s.get(i).residentBytes()));
    }
    return out;
  }

  /** CPU seconds used over the time they were used in, between readings of the same process. */
  private static Double averageCpu(List<Sidecar.TargetSample> s) {
    double cpuSeconds = 0;
    double seconds = 0;
    for (int i = 1; i < s.size(); i++) {
      Double used = cpuDelta(s.get(i - 1), s.get(i));
      if (used != null) {
        cpuSeconds += used;
        seconds += (s.get(i).epochMs() - s.get(i - 1).epochMs()) / 1000.0;
      }
    }
    return seconds <= 0 ? null : round(100 * cpuSeconds / seconds);
  }

  /** CPU seconds used between two readings; {@code null} across a restart (the counter fell). */
  private static Double cpuDelta(Sidecar.TargetSample a, Sidecar.TargetSample b) {
    if (a.cpuSeconds() == null || b.cpuSeconds() == null || b.epochMs() <= a.epochMs()) {
      return null;
    }
    double d = b.cpuSeconds() - a.cpuSeconds();
    return d < 0 ? null : d;
  }

  private static Double memoryPercent(List<Sidecar.TargetSample> s, String source, Long limit) {
    if (source == null) {
      return null;
    }
    double highest = -1;
    for (Sidecar.TargetSample t : s) {
      Long used = SETTING.equals(source) ? t.residentBytes() : t.heapUsedBytes();
      Long of = SETTING.equals(source) ? limit : t.heapMaxBytes();
      if (used != null && of != null && of > 0) {
        highest = Math.max(highest, 100.0 * used / of);
      }
    }
    return highest < 0 ? null : round(highest);
  }

  private static Long growth(List<Sidecar.TargetSample> s) {
    List<Long> gc =
        s.stream().map(Sidecar.TargetSample::gcCollections).filter(Objects::nonNull).toList();
    return gc.isEmpty() ? null : Math.max(0, gc.get(gc.size() - 1) - gc.get(0));
  }

  private static Long max(List<Long> values) {
    return values.stream().filter(Objects::nonNull).reduce(Math::max).orElse(null);
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}

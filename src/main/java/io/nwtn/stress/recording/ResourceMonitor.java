package io.nwtn.stress.recording;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;

/**
 * Samples the load generator's machine: its CPU load and memory and its network (the kernel's
 * tables, else OSHI), how full the file system the run writes to is, the target's {@code /health}
 * and, at most once a second, the target's own metrics, on its own daemon thread, so Gatling's
 * threads never wait for it; the latest {@code /health} and sample are also what the live metrics
 * show, so the target is not read twice.
 */
public final class ResourceMonitor implements AutoCloseable {

  // OSHI only where the kernel's tables cannot be read (not Linux), started on the timer thread so
  // that the run's start does not wait for it; only that thread reads the machine
  private HardwareAbstractionLayer hardware;
  private boolean kernelTables;
  private final HealthProbe probe;
  private final Path writesTo;
  private final List<Sidecar.ResourceSample> samples = new ArrayList<>();
  private final TargetMetricsProbe targetMetrics;
  private final List<Sidecar.TargetSample> targetSamples = new ArrayList<>();
  private final long ticksPerTargetSample;
  private long tick;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "nwtn-resource-monitor");
            t.setDaemon(true);
            return t;
          });
  private long[] ticks;
  private List<NetworkIF> interfaces;
  private FileStore store;
  private Path storeOf;
  private long interfaceTicks;
  private boolean procNetDev = true;
  private volatile Sidecar.HealthSnapshot latestHealth;
  private volatile Sidecar.ResourceSample latest;

  /**
   * Starts sampling every {@code interval}; {@code probe} and {@code targetMetrics} may be {@code
   * null}.
   *
   * @param writesTo a folder the run writes to (it may not exist yet), for the disk usage
   */
  public ResourceMonitor(
      HealthProbe probe, TargetMetricsProbe targetMetrics, Duration interval, Path writesTo) {
    this.probe = probe;
    this.targetMetrics = targetMetrics;
    this.writesTo = writesTo.toAbsolutePath();
    timer.execute(this::firstTicks);
    long ms = interval.toMillis();
    // every tick at 1 s or more, else every n-th tick: a target is never read more than once a
    // second
    this.ticksPerTargetSample = Math.max(1, (1000 + ms - 1) / ms);
    timer.scheduleAtFixedRate(this::sample, ms, ms, TimeUnit.MILLISECONDS);
  }

  private void sample() {
    try {
      takeSample();
    } catch (RuntimeException e) {
      // a failed sample leaves a gap in the timeline; throwing would cancel all later samples
    }
  }

  /**
   * The CPU ticks the first sample's load is counted from, from the kernel's tables when both can
   * be read now (then for the whole run: a later failed reading leaves a gap), else from OSHI.
   */
  private void firstTicks() {
    ticks = SystemCounters.cpuTicks(SystemCounters.PROC_STAT);
    kernelTables = ticks != null && SystemCounters.memory(SystemCounters.PROC_MEMINFO) != null;
    if (!kernelTables) {
      ticks = hardware().getProcessor().getSystemCpuLoadTicks();
    }
  }

  private HardwareAbstractionLayer hardware() {
    if (hardware == null) {
      hardware = new SystemInfo().getHardware();
    }
    return hardware;
  }

  private void takeSample() {
    double load;
    SystemCounters.Memory memory;
    if (kernelTables) {
      long[] now = SystemCounters.cpuTicks(SystemCounters.PROC_STAT);
      memory = SystemCounters.memory(SystemCounters.PROC_MEMINFO);
      if (now == null || memory == null) {
        throw new IllegalStateException("the kernel's tables could not be read");
      }
      load = SystemCounters.load(ticks, now);
      ticks = now;
    } else {
      CentralProcessor cpu = hardware().getProcessor();
      load = cpu.getSystemCpuLoadBetweenTicks(ticks);
      ticks = cpu.getSystemCpuLoadTicks();
      GlobalMemory oshi = hardware().getMemory();
      memory = new SystemCounters.Memory(oshi.getTotal(), oshi.getAvailable());
    }
    NetworkCounters.Totals network = networkTotals();
    Sidecar.HealthSnapshot health = probe == null ? null : probe.sample();
    latestHealth = health;
    Map<String, Object> target = health == null ? null : health.resources();
    Sidecar.ResourceSample s =
        new Sidecar.ResourceSample(
            System.currentTimeMillis(),
            load,
            memory.totalBytes() - memory.availableBytes(),
            memory.totalBytes(),
            network.receivedBytes(),
            network.sentBytes(),
            diskUsedPercent(),
            target);
    latest = s;
    synchronized (samples) {
      samples.add(s);
    }
    if (targetMetrics != null && tick++ % ticksPerTargetSample == 0) {
      Sidecar.TargetSample t = targetMetrics.sample();
      if (t != null) {
        synchronized (targetSamples) {
          targetSamples.add(t);
        }
      }
    }
  }

  /**
   * The bytes every interface received and sent: from the kernel's table where there is one
   * (Linux), else from OSHI's interfaces.
   */
  private NetworkCounters.Totals networkTotals() {
    if (procNetDev) {
      NetworkCounters.Totals totals = NetworkCounters.read(NetworkCounters.PROC_NET_DEV);
      if (totals != null) {
        return totals;
      }
      procNetDev = false;
    }
    long received = 0;
    long sent = 0;
    for (NetworkIF net : networkInterfaces()) {
      net.updateAttributes();
      received += net.getBytesRecv();
      sent += net.getBytesSent();
    }
    return new NetworkCounters.Totals(received, sent);
  }

  /**
   * The network interfaces, listed again every {@link #INTERFACE_REFRESH_TICKS} samples rather than
   * every second: listing them walks every interface of the machine (and allocates for each), while
   * their counters are read fresh on every sample anyway.
   */
  private List<NetworkIF> networkInterfaces() {
    if (interfaces == null || interfaceTicks++ % INTERFACE_REFRESH_TICKS == 0) {
      interfaces = hardware().getNetworkIFs(true);
    }
    return interfaces;
  }

  /** How often (in samples) the interfaces are listed again, so a new one is counted soon. */
  static final int INTERFACE_REFRESH_TICKS = 30;

  /**
   * {@link #diskUsedPercent(Path)} of the folder the run writes to, with its file store looked up
   * again only when the nearest existing folder changed (finding it reads the mount table; its
   * figures are read fresh every time).
   */
  private Double diskUsedPercent() {
    Path existing = nearestExisting(writesTo);
    try {
      if (store == null || !existing.equals(storeOf)) {
        store = Files.getFileStore(existing);
        storeOf = existing;
      }
      return usedPercent(store);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Path nearestExisting(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing == null ? Path.of("") : existing;
  }

  private static Double usedPercent(FileStore store) throws IOException {
    long used = store.getTotalSpace() - store.getUnallocatedSpace();
    long available = store.getUsableSpace();
    return used + available <= 0 ? null : 100.0 * used / (used + available);
  }

  /**
   * How full the file system holding {@code path} (or its nearest existing parent) is, in percent,
   * as psutil's {@code disk_usage} counts it: used / (used + available to this user), so space
   * reserved for root counts as neither; {@code null} when it cannot be read.
   */
  static Double diskUsedPercent(Path path) {
    try {
      return usedPercent(Files.getFileStore(nearestExisting(path)));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The target's {@code /health} at the last sample, if one was taken. */
  public java.util.Optional<Sidecar.HealthSnapshot> latestHealth() {
    return java.util.Optional.ofNullable(latestHealth);
  }

  /** The latest sample of the load generator's resources, if one was taken. */
  public java.util.Optional<Sidecar.ResourceSample> latest() {
    return java.util.Optional.ofNullable(latest);
  }

  /** The target's own metrics read so far, in time order. */
  public List<Sidecar.TargetSample> targetSamples() {
    synchronized (targetSamples) {
      return List.copyOf(targetSamples);
    }
  }

  /** The samples taken so far, in time order. */
  public List<Sidecar.ResourceSample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}

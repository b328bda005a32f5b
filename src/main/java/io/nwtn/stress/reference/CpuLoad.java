package io.nwtn.stress.reference;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * The JVM's recent CPU load for {@code /health}, read at most once per {@link #INTERVAL_NS}. In a
 * container the JDK answers {@code getProcessCpuLoad()} by reading several cgroup files, some 100
 * KB of garbage and a dozen system calls a call: read on every request, it made the trivial
 * endpoint the costliest one and its collector the target's busiest thread. Between readings every
 * caller gets the last one, which is the load since the reading before it.
 */
final class CpuLoad {

  /** A reading is reused for this long: a sampler asking once a second still gets fresh ones. */
  static final long INTERVAL_NS = TimeUnit.MILLISECONDS.toNanos(250);

  private final DoubleSupplier source;
  private final LongSupplier nanoTime;
  private volatile Reading last;

  private record Reading(long atNs, double load) {}

  CpuLoad(DoubleSupplier source, LongSupplier nanoTime) {
    this.source = source;
    this.nanoTime = nanoTime;
  }

  /** The process CPU load of this JVM, from its platform bean. */
  static CpuLoad ofThisJvm() {
    OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    return new CpuLoad(os::getProcessCpuLoad, System::nanoTime);
  }

  /** 0..1 of the machine, negative when the JVM cannot tell yet. */
  double get() {
    long now = nanoTime.getAsLong();
    Reading reading = last;
    if (reading == null || now - reading.atNs() >= INTERVAL_NS) {
      // two callers at the edge may both read: harmless, the later reading wins
      reading = new Reading(now, source.getAsDouble());
      last = reading;
    }
    return reading.load();
  }
}

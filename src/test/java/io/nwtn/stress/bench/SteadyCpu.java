package io.nwtn.stress.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The CPU a Gatling JVM spends over the steady part of its run, measured from inside the JVM, so
 * that its start-up and Gatling's own start and end do not blur a cost of a few microseconds per
 * request. Started from a simulation's {@code before()}; at the window's end it prints one line
 * that the benchmark reads back ({@link Window#parse}): {@code <prefix> cpu_seconds=<s>
 * requests=<n> from_ms=<epoch> to_ms=<epoch> jit_ms=<ms>}, where {@code requests} is what the
 * simulation counted itself ({@code -1} when it counts nothing and the benchmark counts from {@code
 * simulation.log} between the two instants).
 */
final class SteadyCpu implements AutoCloseable {

  private final ScheduledExecutorService clock =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "steady-cpu");
            t.setDaemon(true);
            return t;
          });

  /**
   * The start of the second line, after the first: {@code threads <prefix> gatling=<user
   * ms>/<system ms> ...}, the window's CPU by kind of thread ({@link ThreadCpu}).
   */
  static final String THREADS = "threads ";

  private SteadyCpu() {}

  /** The window's CPU by kind of thread from a run's output; empty when it printed none. */
  static Map<String, long[]> threads(Iterable<String> output, String prefix) {
    for (String line : output) {
      if (line.startsWith(THREADS + prefix)) {
        return ThreadCpu.parseLine(line.substring((THREADS + prefix).length()));
      }
    }
    return Map.of();
  }

  /**
   * Measures from {@code from} to {@code to} after now, counting requests with {@code requests}
   * (null: none counted here).
   */
  static SteadyCpu start(String prefix, Duration from, Duration to, LongSupplier requests) {
    SteadyCpu cpu = new SteadyCpu();
    double[] start = new double[4];
    // one reading of /proc/self/task at each end serves both the JIT's time and the threads' table
    @SuppressWarnings("unchecked")
    Map<Long, ThreadCpu.Ticks>[] threads = new Map[1];
    cpu.clock.schedule(
        () -> {
          threads[0] = ThreadCpu.snapshot();
          start[0] = BenchParts.processCpuSeconds();
          start[1] = requests == null ? 0 : requests.getAsLong();
          start[2] = System.currentTimeMillis();
          start[3] = compilationMs(threads[0]);
        },
        from.toMillis(),
        TimeUnit.MILLISECONDS);
    cpu.clock.schedule(
        () -> {
          Map<Long, ThreadCpu.Ticks> now = ThreadCpu.snapshot();
          System.out.printf(
              Locale.ROOT,
              "%s cpu_seconds=%.4f requests=%d from_ms=%d to_ms=%d jit_ms=%d%n",
              prefix,
              BenchParts.processCpuSeconds() - start[0],
              requests == null ? -1 : (long) (requests.getAsLong() - start[1]),
              (long) start[2],
              System.currentTimeMillis(),
              (long) (compilationMs(now) - start[3]));
          System.out.println(
              THREADS + prefix + " " + ThreadCpu.line(ThreadCpu.between(threads[0], now)));
        },
        to.toMillis(),
        TimeUnit.MILLISECONDS);
    return cpu;
  }

  /**
   * The CPU time of this JVM's JIT compiler threads so far, in ms: on Linux their own user and
   * system time, from {@code snapshot} ({@link ThreadCpu#snapshot}); elsewhere (an empty snapshot)
   * the JVM's compilation time (elapsed, so an upper bound).
   */
  static long compilationMs(Map<Long, ThreadCpu.Ticks> snapshot) {
    if (!snapshot.isEmpty()) {
      return ThreadCpu.ms(snapshot, "jit");
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  @Override
  public void close() {
    clock.shutdownNow();
  }

  /**
   * The line a run printed: CPU seconds, requests counted in the JVM, the window's instants, and
   * the CPU time the JIT compiler threads used in it ({@link #compilationMs}).
   */
  record Window(double cpuSeconds, long requests, long fromEpochMs, long toEpochMs, long jitMs) {

    /** The window of the first line of {@code output} that starts with {@code prefix}. */
    static Window parse(Iterable<String> output, String prefix) {
      for (String line : output) {
        if (line.startsWith(prefix)) {
          String[] parts = line.substring(prefix.length()).trim().split("[ =]");
          return new Window(
              Double.parseDouble(parts[1]),
              Long.parseLong(parts[3]),
              Long.parseLong(parts[5]),
              Long.parseLong(parts[7]),
              parts.length > 9 ? Long.parseLong(parts[9]) : 0);
        }
      }
      throw new IllegalStateException("no line starting with '" + prefix + "'");
    }
  }
}

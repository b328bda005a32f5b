package io.nwtn.stress.bench;

import io.nwtn.stress.testing.BoundedProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import oshi.SystemInfo;
import oshi.software.os.OSProcess;
import oshi.software.os.OperatingSystem;

/**
 * Runs a child process to its end within a time limit while sampling its CPU time and resident
 * memory, so a load generator is measured from outside, the same way for Gatling and wrk.
 */
final class ProcessWatch {

  private static final OperatingSystem OS = new SystemInfo().getOperatingSystem();
  private static final long SAMPLE_MS = 250;

  /** What the child used: CPU seconds (user + system), peak resident set, wall time. */
  record Usage(
      int exitCode,
      double cpuSeconds,
      long peakRssBytes,
      double wallSeconds,
      List<Sample> samples) {

    /** Average cores busy over the run. */
    double cores() {
      return cpuSeconds / wallSeconds;
    }

    /**
     * Cores busy between two instants (epoch ms), from the first sample at or after {@code fromMs}
     * to the last at or before {@code toMs}; NaN when fewer than two samples lie between.
     */
    double coresBetween(long fromMs, long toMs) {
      List<Sample> inside =
          samples.stream().filter(s -> s.epochMs() >= fromMs && s.epochMs() <= toMs).toList();
      if (inside.size() < 2) {
        return Double.NaN;
      }
      Sample first = inside.get(0);
      Sample last = inside.get(inside.size() - 1);
      return (last.cpuSeconds() - first.cpuSeconds()) * 1000.0 / (last.epochMs() - first.epochMs());
    }
  }

  /** The child's CPU seconds so far, read at {@code epochMs}. */
  record Sample(long epochMs, double cpuSeconds) {}

  private ProcessWatch() {}

  /**
   * Starts {@code command}, output to {@code log}; kills it and its children when it outlives
   * {@code limitSeconds} or the sampling is interrupted.
   */
  static Usage run(List<String> command, Path log, long limitSeconds)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    try (BoundedProcess child = BoundedProcess.start(new ProcessBuilder(command), log, null)) {
      Process process = child.process();
      long deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
      double cpu = 0;
      long peak = 0;
      List<Sample> samples = new ArrayList<>();
      while (!process.waitFor(SAMPLE_MS, TimeUnit.MILLISECONDS)) {
        OSProcess sample = OS.getProcess((int) process.pid());
        if (sample != null) {
          cpu = Math.max(cpu, (sample.getUserTime() + sample.getKernelTime()) / 1000.0);
          peak = Math.max(peak, sample.getResidentSetSize());
          samples.add(new Sample(System.currentTimeMillis(), cpu));
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              command.get(0)
                  + " ran longer than "
                  + limitSeconds
                  + " s and was stopped; see "
                  + log);
        }
      }
      return new Usage(
          process.exitValue(), cpu, peak, (System.nanoTime() - start) / 1e9, List.copyOf(samples));
    }
  }
}

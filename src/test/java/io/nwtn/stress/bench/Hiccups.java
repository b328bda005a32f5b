package io.nwtn.stress.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * How late the platform wakes a thread that sleeps 1 ms, measured all through a benchmark (the idea
 * of jHiccup): on a busy machine this lateness, not the suite, is what separates a measured latency
 * from the truth, so the figures are given beside it.
 */
final class Hiccups implements AutoCloseable {

  private static final long SLEEP_NS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Histogram latenessUs = new Histogram(3_600_000_000L, 3);
  private final Thread thread = new Thread(this::measure, "bench-hiccups");
  private final CpuSteal steal = CpuSteal.start();
  private volatile boolean running = true;
  private Map<String, Double> stealPercent = Map.of();

  private Hiccups() {}

  static Hiccups start() {
    Hiccups hiccups = new Hiccups();
    hiccups.thread.setDaemon(true);
    hiccups.thread.start();
    return hiccups;
  }

  private void measure() {
    while (running) {
      long start = System.nanoTime();
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
      latenessUs.recordValue(Math.max(0, (System.nanoTime() - start - SLEEP_NS) / 1000));
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join();
    stealPercent = steal.percentByCpu();
  }

  /**
   * P50/P95/P99/max of the lateness in ms, and each CPU's steal over the same span; call after
   * {@link #close}.
   */
  Map<String, Object> figures() {
    Map<String, Object> f = BenchParts.figures();
    f.put("samples", latenessUs.getTotalCount());
    for (double p : new double[] {50, 95, 99}) {
      f.put(
          "p" + (int) p + "_ms", BenchParts.round(latenessUs.getValueAtPercentile(p) / 1000.0, 3));
    }
    f.put("max_ms", BenchParts.round(latenessUs.getMaxValue() / 1000.0, 3));
    f.put("cpu_steal_percent", stealPercent);
    return f;
  }
}

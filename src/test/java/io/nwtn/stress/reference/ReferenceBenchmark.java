package io.nwtn.stress.reference;

import io.nwtn.stress.bench.CpuSteal;
import io.nwtn.stress.bench.Layout;
import io.nwtn.stress.bench.TargetProcess;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Measures what the reference orchestrator adds to its simulated pipeline time: for each level of
 * requests in flight, that many keep-alive connections, started evenly over one pipeline time, each
 * send requests back to back, and every answer's time minus its {@code X-Simulated-Ms} goes into an
 * HdrHistogram. The server runs in a JVM of its own ({@link TargetProcess}): on CPU 1 and this
 * client on CPU 0 when the {@link Layout} is pinned ({@code scripts/bench.sh} starts this JVM with
 * {@code taskset -c 0}), unpinned with {@code -Dbench.layout=shared}; the figure includes the
 * client's own work. Each level is measured {@code bench.repeats} times (rounds), each round's P99
 * printed with the goal ({@code bench.goal-p99-ms}, 10 ms) and whether it was met. Run with {@code
 * make bench-reference}; {@code -Dbench.levels=1000,5000 -Dbench.delay-ms=2000 -Dbench.rounds=3
 * -Dbench.repeats=3 -Dbench.warmup=5000} (the largest level by default) change the load, {@code
 * -Dnwtn.reference.*} the server.
 */
public final class ReferenceBenchmark {

  private ReferenceBenchmark() {}

  public static void main(String[] args) throws Exception {
    int delayMs = Integer.getInteger("bench.delay-ms", 2000);
    int rounds = Integer.getInteger("bench.rounds", 3);
    int repeats = Integer.getInteger("bench.repeats", 1);
    double goalMs = Double.parseDouble(System.getProperty("bench.goal-p99-ms", "10"));
    Layout layout = Layout.fromSystem();
    System.out.printf(
        Locale.ROOT,
        "pipeline %d ms per request, %d requests per connection, %d cores, load average %.1f%n",
        delayMs,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("layout " + layout.note());
    Path log =
        Path.of(System.getProperty("bench.target-log", "target/bench/logs/reference-target.log"));
    try (TargetProcess server =
            TargetProcess.start(layout, serverSettings(delayMs), log, Duration.ofMinutes(15));
        LoadClient client = new LoadClient(1)) {
      String[] levels = System.getProperty("bench.levels", "1000,5000").split(",");
      // The warm-up runs at the largest level: a smaller one leaves the JIT's work on the paths of
      // thousands of connections, and the heap's growth, to the first reported round.
      int largest =
          Arrays.stream(levels).mapToInt(level -> Integer.parseInt(level.trim())).max().orElse(500);
      run(
          server.baseUri(),
          client,
          Integer.getInteger("bench.warmup", largest),
          delayMs,
          rounds,
          null);
      for (String level : levels) {
        for (int round = 1; round <= repeats; round++) {
          run(
              server.baseUri(),
              client,
              Integer.parseInt(level.trim()),
              delayMs,
              rounds,
              new Round(round, repeats, goalMs));
        }
      }
    }
  }

  /** Which round of a level this is, and the P99 goal it is judged against. */
  private record Round(int number, int of, double goalMs) {}

  /**
   * The server's settings: a fixed pipeline time for the simple query the client sends, and every
   * {@code -Dnwtn.reference.*} given to this JVM.
   */
  private static Map<String, String> serverSettings(int delayMs) {
    String half = (delayMs / 2) + "ms";
    Map<String, String> settings = new LinkedHashMap<>();
    for (String agent : new String[] {"architect", "executor"}) {
      settings.put("nwtn.reference.pipeline.simple." + agent + ".median", half);
      settings.put("nwtn.reference.pipeline.simple." + agent + ".p95", half);
    }
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith("nwtn.reference.")) {
                settings.put(name, System.getProperty(name));
              }
            });
    return settings;
  }

  /** One level; the first, unreported ({@code round} null), lets the JIT compile the hot paths. */
  private static void run(
      URI server, LoadClient client, int inFlight, int delayMs, int rounds, Round round)
      throws InterruptedException {
    List<LoadClient.Connection> connections = new ArrayList<>();
    List<CompletableFuture<LoadClient.Connection>> opening = new ArrayList<>();
    for (int i = 0; i < inFlight; i++) {
      opening.add(client.connect(server));
    }
    opening.forEach(c -> connections.add(c.join()));
    // The client's own garbage from the last round is collected before this one starts, so a
    // collection of the client does not land in the figures of the server (as JMH does between
    // iterations); the client's heap (scripts/bench.sh) holds a round's garbage without another.
    System.gc();
    CpuSteal steal = CpuSteal.start();
    Histogram added = new ConcurrentHistogram(60_000_000L, 3);
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> loops = new ArrayList<>();
    // Connections start one after another over one pipeline time, so the answers arrive at a
    // steady rate with `inFlight` requests in flight, not as one burst of them every period.
    for (int i = 0; i < connections.size(); i++) {
      LoadClient.Connection connection = connections.get(i);
      // Run on the delay's own scheduler thread: without an executor, CompletableFuture starts a
      // thread per task on a JVM that sees one or two processors (no common pool there).
      Executor later =
          CompletableFuture.delayedExecutor(
              (long) i * delayMs / connections.size(), TimeUnit.MILLISECONDS, Runnable::run);
      loops.add(
          CompletableFuture.supplyAsync(() -> connection, later)
              .thenCompose(c -> loop(c, rounds, added, failures)));
    }
    loops.forEach(CompletableFuture::join);
    double seconds = (System.nanoTime() - start) / 1e9;
    connections.forEach(LoadClient.Connection::close);
    Thread.sleep(500); // let the closed connections drain before the next level
    if (round == null) {
      return;
    }
    double p99 = added.getValueAtPercentile(99) / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "%5d in flight, round %d of %d: %7d answers, %d failed, %.0f req/s; added latency ms:"
            + " P50 %.2f, P99 %.2f, P99.9 %.2f, max %.2f; P99 goal < %.0f ms: %s; CPU steal"
            + " %s%n",
        inFlight,
        round.number(),
        round.of(),
        added.getTotalCount(),
        failures.get(),
        added.getTotalCount() / seconds,
        added.getValueAtPercentile(50) / 1000.0,
        p99,
        added.getValueAtPercentile(99.9) / 1000.0,
        added.getMaxValue() / 1000.0,
        round.goalMs(),
        p99 < round.goalMs() ? "met" : "not met",
        CpuSteal.line(steal.percentByCpu()));
  }

  private static CompletableFuture<Void> loop(
      LoadClient.Connection connection, int remaining, Histogram added, AtomicLong failures) {
    if (remaining == 0) {
      return CompletableFuture.completedFuture(null);
    }
    return connection
        .post("/api/v1/sessions", TestServer.session("simple", 50))
        .thenCompose(
            answer -> {
              if (answer.status() == 200) {
                long micros =
                    answer.latencyNanos() / 1000 - Math.round(answer.simulatedMs() * 1000);
                added.recordValue(Math.max(0, micros));
              } else {
                failures.incrementAndGet();
              }
              return loop(connection, remaining - 1, added, failures);
            });
  }
}

package io.nwtn.stress.reference;

import com.typesafe.config.ConfigFactory;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * HdrHistogram. Client and server share this JVM, so the figure includes the client's own work. Run
 * with {@code make bench-reference}; {@code -Dbench.levels=1000,5000 -Dbench.delay-ms=2000
 * -Dbench.rounds=3 -Dbench.warmup=500} change the load.
 */
public final class ReferenceBenchmark {

  private ReferenceBenchmark() {}

  public static void main(String[] args) throws Exception {
    int delayMs = Integer.getInteger("bench.delay-ms", 2000);
    int rounds = Integer.getInteger("bench.rounds", 3);
    String half = (delayMs / 2) + "ms";
    ReferenceSettings settings =
        ReferenceSettings.fromConfig(
            ConfigFactory.systemProperties()
                .withFallback(
                    ConfigFactory.parseString(
                        "nwtn.reference.auth.token = \"\"\n"
                            + "nwtn.reference.pipeline.simple {\n"
                            + ("  architect { median = " + half + ", p95 = " + half + " }\n")
                            + ("  executor { median = " + half + ", p95 = " + half + " }\n")
                            + "}\n"))
                .withFallback(ConfigFactory.defaultReference())
                .resolve());
    System.out.printf(
        Locale.ROOT,
        "pipeline %d ms per request, %d requests per connection, %d cores, load average %.1f%n",
        delayMs,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0);
        LoadClient client = new LoadClient(1)) {
      run(server, client, Integer.getInteger("bench.warmup", 500), delayMs, rounds, false);
      for (String level : System.getProperty("bench.levels", "1000,5000").split(",")) {
        run(server, client, Integer.parseInt(level.trim()), delayMs, rounds, true);
      }
    }
  }

  /** One level; the first, unreported, lets the JIT compile the hot paths. */
  private static void run(
      ReferenceOrchestrator server,
      LoadClient client,
      int inFlight,
      int delayMs,
      int rounds,
      boolean report)
      throws InterruptedException {
    List<LoadClient.Connection> connections = new ArrayList<>();
    List<CompletableFuture<LoadClient.Connection>> opening = new ArrayList<>();
    for (int i = 0; i < inFlight; i++) {
      opening.add(client.connect(server.baseUri()));
    }
    opening.forEach(c -> connections.add(c.join()));
    Histogram added = new ConcurrentHistogram(60_000_000L, 3);
    AtomicLong failures = new AtomicLong();
    long start = System.nanoTime();
    List<CompletableFuture<Void>> loops = new ArrayList<>();
    // Connections start one after another over one pipeline time, so the answers arrive at a
    // steady rate with `inFlight` requests in flight, not as one burst of them every period.
    for (int i = 0; i < connections.size(); i++) {
      LoadClient.Connection connection = connections.get(i);
      Executor later =
          CompletableFuture.delayedExecutor(
              (long) i * delayMs / connections.size(), TimeUnit.MILLISECONDS);
      loops.add(
          CompletableFuture.supplyAsync(() -> connection, later)
              .thenCompose(c -> loop(c, rounds, added, failures)));
    }
    loops.forEach(CompletableFuture::join);
    double seconds = (System.nanoTime() - start) / 1e9;
    connections.forEach(LoadClient.Connection::close);
    Thread.sleep(500); // let the closed connections drain before the next level
    if (!report) {
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%5d in flight: %7d answers, %d failed, %.0f req/s; added latency ms: P50 %.2f, P99 %.2f,"
            + " P99.9 %.2f, max %.2f%n",
        inFlight,
        added.getTotalCount(),
        failures.get(),
        added.getTotalCount() / seconds,
        added.getValueAtPercentile(50) / 1000.0,
        added.getValueAtPercentile(99) / 1000.0,
        added.getValueAtPercentile(99.9) / 1000.0,
        added.getMaxValue() / 1000.0);
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

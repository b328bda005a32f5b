package io.nwtn.stress.bench;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.report.ReportMain;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What watching a run costs the load generator: the same load ({@link MonitoringCostSimulation},
 * trivial requests to the reference orchestrator's {@code /health}, each handing the sink a
 * realistic answer) with the live endpoint off and on, scraped every second, in alternating runs.
 * Goals: CPU per request up by at most 2 %, the trivial request's P99 within the noise (the spread
 * between runs of the same mode).
 *
 * <p>Usage: {@code MonitoringCostBenchmark <out.json> <quick: 0|1>}.
 */
public final class MonitoringCostBenchmark {

  static final double CPU_GOAL = 0.02;

  private final Path work;
  private final boolean quick;

  private MonitoringCostBenchmark(Path work, boolean quick) {
    this.work = work;
    this.quick = quick;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: MonitoringCostBenchmark <out.json> <quick: 0|1>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    MonitoringCostBenchmark bench =
        new MonitoringCostBenchmark(
            out.toAbsolutePath().getParent().getParent().resolve("monitoring"),
            "1".equals(args[1]));
    ReferenceSettings settings =
        ReferenceSettings.fromConfig(
            ConfigFactory.parseString("nwtn.reference.auth.token = \"\"")
                .withFallback(ConfigFactory.defaultReference())
                .resolve());
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      Map<String, Object> figures = bench.run(server.baseUri());
      BenchParts.write(out, figures);
      MonitoringCostFigures.print(figures, System.out);
    }
    System.exit(0);
  }

  private Map<String, Object> run(URI target) throws Exception {
    int rate = quick ? 400 : 800;
    Duration rampUp = Duration.ofSeconds(5);
    Duration hold = Duration.ofSeconds(quick ? 30 : 60);
    // the first run warms the machine (page cache, CPU clocks) and is left out of the figures
    List<String> modes =
        quick
            ? List.of("warm-up", "off", "on", "off", "on")
            : List.of("warm-up", "off", "on", "off", "on", "off", "on");
    List<Map<String, Object>> runs = new ArrayList<>();
    for (int i = 0; i < modes.size(); i++) {
      MonitoringCost cost =
          new MonitoringCost(modes.get(i), rate, rampUp, i == 0 ? Duration.ofSeconds(15) : hold);
      runs.add(gatling(cost, target, modes.get(i) + "-" + i));
    }
    Map<String, Object> figures = BenchParts.figures();
    figures.put("endpoint", "GET " + CapacityRun.PATH + " of the reference orchestrator");
    figures.put("requests_per_second", rate);
    figures.put("hold_seconds", hold.toSeconds());
    figures.put("runs", runs);
    figures.putAll(MonitoringCostFigures.compare(runs, CPU_GOAL));
    return figures;
  }

  /** One Gatling JVM; with the endpoint on, this JVM scrapes it every second meanwhile. */
  private Map<String, Object> gatling(MonitoringCost cost, URI target, String name)
      throws Exception {
    Path results = work.resolve(name);
    Files.createDirectories(results);
    int port = freePort();
    AtomicInteger scrapes = new AtomicInteger();
    Thread scraper = cost.mode().equals("on") ? scraper(port, scrapes) : null;
    List<String> command = command(cost, target, port, results);
    long limit = cost.rampUp().plus(cost.hold()).toSeconds() + 120;
    System.out.printf("gatling %s: %s, %d req/s%n", name, cost.mode(), cost.rate());
    ProcessWatch.Usage usage;
    try {
      usage = ProcessWatch.run(command, results.resolve("gatling.out"), limit);
    } finally {
      if (scraper != null) {
        scraper.interrupt();
        scraper.join(5_000);
      }
    }
    Path folder =
        ReportMain.newestRun(results)
            .orElseThrow(() -> new IllegalStateException("no simulation.log under " + results));
    LogFigures log = LogFigures.of(folder.resolve("simulation.log"), cost.rampUp());
    Map<String, Object> f = BenchParts.figures();
    f.put("mode", cost.mode());
    f.put("exit_code", usage.exitCode());
    f.put("requests", log.requests());
    f.put("failed", log.failed);
    f.put("cpu_seconds", BenchParts.round(usage.cpuSeconds(), 2));
    double[] steady = steady(results.resolve("gatling.out"));
    f.put("steady_cpu_seconds", BenchParts.round(steady[0], 3));
    f.put("steady_requests", (long) steady[1]);
    f.put("cpu_us_per_request", BenchParts.round(steady[0] * 1e6 / steady[1], 2));
    f.put("steady_p50_ms", (double) log.steadyMs.getValueAtPercentile(50));
    f.put("steady_p99_ms", (double) log.steadyMs.getValueAtPercentile(99));
    f.put("scrapes", scrapes.get());
    return f;
  }

  /** CPU seconds and requests of the steady window, as the simulation printed them. */
  static double[] steady(Path out) throws IOException {
    SteadyCpu.Window w =
        SteadyCpu.Window.parse(Files.readAllLines(out), MonitoringCostSimulation.STEADY);
    return new double[] {w.cpuSeconds(), w.requests()};
  }

  private static Thread scraper(int port, AtomicInteger scrapes) {
    HttpClient client = HttpClient.newHttpClient();
    URI url = URI.create("http://127.0.0.1:" + port + "/metrics");
    Thread t =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  HttpResponse<Void> r =
                      client.send(
                          HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(),
                          HttpResponse.BodyHandlers.discarding());
                  if (r.statusCode() == 200) {
                    scrapes.incrementAndGet();
                  }
                  Thread.sleep(1_000);
                } catch (InterruptedException e) {
                  return;
                } catch (IOException e) {
                  // the JVM is not up yet, or done
                  sleepQuietly();
                }
              }
            },
            "monitoring-scraper");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The Gatling JVM of one run: the mode's settings, the target, the endpoint's port. */
  private static List<String> command(MonitoringCost cost, URI target, int port, Path results) {
    List<String> properties = new ArrayList<>(cost.properties());
    properties.add("-Dnwtn.target.url=" + target);
    properties.add("-Dnwtn.monitoring.port=" + port);
    properties.add("-Dnwtn.report.gatling-results=" + results);
    return GatlingJvm.command(properties, MonitoringCostSimulation.class, results);
  }
}

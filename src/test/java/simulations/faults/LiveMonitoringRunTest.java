package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.monitoring.Scrape;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.SlowTest;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run scraped while Gatling runs it, against a target that hangs on some requests (they
 * time out) and dies for a second (refused connections), with a quarter of injected requests: the
 * endpoint's final counters equal the report's figures, category by category.
 */
@SlowTest
class LiveMonitoringRunTest {

  @TempDir static Path dir;
  static ShortRun run;
  static final List<Scrape> duringTheRun = new CopyOnWriteArrayList<>();
  static Scrape last;
  static Sidecar sidecar;

  @BeforeAll
  static void run() throws Exception {
    ReferenceSettings settings =
        References.settings("nwtn.reference.faults { latency-factor = 0.1, hang-ratio = 0.1 }");
    AtomicReference<ReferenceOrchestrator> server =
        new AtomicReference<>(ReferenceOrchestrator.start(settings, "127.0.0.1", 0));
    int port = server.get().baseUri().getPort();
    CountDownLatch answered = new CountDownLatch(10);
    Recording.install(sample -> answered.countDown());
    Thread outage = outage(settings, server, port, answered);
    Thread scraper = scraper();
    try {
      run =
          ShortRun.of(
              dir,
              server.get().baseUri().toString(),
              Map.of(
                  "nwtn.load.steady", "6s",
                  "nwtn.target.request-timeout", "1s",
                  "nwtn.error-injection.share", "0.25",
                  "nwtn.monitoring.progress-interval", "2s"));
    } finally {
      scraper.interrupt();
      outage.join(10_000);
      scraper.join(10_000);
      Recording.install(null);
      server.get().close();
    }
    last = Scrape.of(LiveMonitor.current().orElseThrow().url().orElseThrow());
    sidecar = SidecarFile.read(run.folder()).orElseThrow();
  }

  /** Once the load runs, the target goes away for a second and comes back on its port. */
  static Thread outage(
      ReferenceSettings settings,
      AtomicReference<ReferenceOrchestrator> server,
      int port,
      CountDownLatch answered) {
    Thread t =
        new Thread(
            () -> {
              try {
                answered.await(60, TimeUnit.SECONDS);
                server.get().close();
                Thread.sleep(1_000);
                server.set(ReferenceOrchestrator.start(settings, "127.0.0.1", port));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    t.start();
    return t;
  }

  /** Scrapes the run's endpoint every 300 ms while it is up. */
  static Thread scraper() {
    Thread t =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                try {
                  URI url = LiveMonitor.current().flatMap(LiveMonitor::url).orElse(null);
                  if (url != null) {
                    duringTheRun.add(Scrape.of(url));
                  }
                  Thread.sleep(300);
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  // between runs or while the endpoint starts: try again
                }
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  @AfterAll
  static void close() {
    LiveMonitor.closeCurrent();
  }

  @Test
  void theEndpointWasScrapedWhileTheLoadRan() {
    assertTrue(duringTheRun.size() >= 5, "scrapes: " + duringTheRun.size());
    Scrape mid =
        duringTheRun.stream()
            .filter(s -> s.sum("nwtn_requests_total") > 0)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no scrape saw a request"));
    assertTrue(mid.sum("nwtn_requests_total") < last.sum("nwtn_requests_total"));
    assertTrue(
        duringTheRun.stream().anyMatch(s -> s.sum("nwtn_active_users") > 0),
        "users were seen running");
    assertTrue(mid.text().contains("nwtn_run_info{"), mid.text());
    assertTrue(mid.sum("jvm_memory_used_bytes") > 0);
  }

  @Test
  void requestCountsEqualTheReport() {
    JsonNode r = run.results();
    assertEquals(r.get("total_requests").asLong(), (long) last.sum("nwtn_requests_total"));
    assertEquals(
        r.get("successful_requests").asLong(),
        (long) last.sum("nwtn_requests_total", "outcome=\"ok\""));
    assertEquals(
        r.get("total_requests").asLong(), (long) last.sum("nwtn_request_duration_seconds_count"));
  }

  @Test
  void failureCategoriesEqualTheReportsWithTimeoutsAndRefusedConnections() {
    Map<String, Long> report = new TreeMap<>();
    run.results()
        .get("error_breakdown")
        .fields()
        .forEachRemaining(e -> report.put(e.getKey(), e.getValue().asLong()));
    Map<String, Long> live = new TreeMap<>();
    last.byLabel("nwtn_failures_total", "category").forEach((k, v) -> live.put(k, v.longValue()));
    assertTrue(report.getOrDefault("timeout", 0L) > 0, "hung requests time out: " + report);
    assertTrue(report.getOrDefault("connection_refused", 0L) > 0, "the outage: " + report);
    assertEquals(report, live);
  }

  @Test
  void injectedRequestsEqualTheReport() {
    JsonNode injection = run.results().get("error_injection");
    assertTrue(injection.get("requests").asLong() > 0, injection.toString());
    assertEquals(
        injection.get("requests").asLong(), (long) last.sum("nwtn_injected_requests_total"));
    assertEquals(
        injection.get("passed").asLong(),
        (long) last.sum("nwtn_injected_requests_total", "outcome=\"ok\""));
  }

  @Test
  void ftnsAndAgentTimesEqualTheSidecar() {
    assertEquals(sidecar.ftns().contextUsed(), (long) last.sum("nwtn_context_used_total"));
    assertEquals(sidecar.ftns().ftnsCharged(), last.sum("nwtn_ftns_charged_total"), 1e-6);
    long steps =
        sidecar.agentTimesUs().values().stream()
            .mapToLong(h -> io.nwtn.stress.files.HistogramCodec.decode(h).getTotalCount())
            .sum();
    assertEquals(steps, (long) last.sum("nwtn_agent_execution_seconds_count"));
  }

  @Test
  void theFinalStateShowsTheEndedRunAndItsVerdict() {
    assertTrue(last.text().contains("phase=\"ended\""), last.text());
    assertEquals(0, last.sum("nwtn_active_users"));
    // the outage lost the success rate; the report agrees
    assertEquals(0, last.sum("nwtn_requirement_met", "requirement=\"success_rate\""));
    assertEquals("FAILED", run.results().get("verdict").asText());
    assertEquals(8, last.byLabel("nwtn_requirement_met", "requirement").size());
  }
}

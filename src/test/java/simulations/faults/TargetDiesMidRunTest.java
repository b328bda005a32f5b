package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target dies mid-run and comes back on the same port: the run goes on, the failures are
 * categorised, every request is accounted for, the reports show the outage and the recovery, and
 * the verdict is FAILED with the reason.
 */
@SlowTest
class TargetDiesMidRunTest {

  /** How long the target stays down. */
  static final long DOWN_MS = 1_000;

  @TempDir static Path dir;
  static ShortRun run;
  static long downAt;
  static long upAt;

  @BeforeAll
  static void run() throws Exception {
    ReferenceSettings settings = References.settings("nwtn.reference.faults.latency-factor = 0.1");
    AtomicReference<ReferenceOrchestrator> server =
        new AtomicReference<>(ReferenceOrchestrator.start(settings, "127.0.0.1", 0));
    int port = server.get().baseUri().getPort();
    CountDownLatch answered = new CountDownLatch(10);
    Recording.install(sample -> answered.countDown());
    Thread killer =
        new Thread(
            () -> {
              try {
                // once the load runs, stop the target, then start it again on the same port
                answered.await(60, TimeUnit.SECONDS);
                server.get().close();
                downAt = System.currentTimeMillis();
                Thread.sleep(DOWN_MS);
                server.set(ReferenceOrchestrator.start(settings, "127.0.0.1", port));
                upAt = System.currentTimeMillis();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    killer.start();
    try {
      run =
          ShortRun.of(
              dir,
              server.get().baseUri().toString(),
              Map.of("nwtn.load.steady", "6s", "nwtn.error-injection.enabled", "false"));
    } finally {
      killer.join(10_000);
      Recording.install(null);
      server.get().close();
    }
  }

  @AfterAll
  static void reset() {
    Recording.install(null);
  }

  @Test
  void theRunContinuedAndEveryRequestIsAccountedFor() {
    assertTrue(upAt > downAt && downAt > 0, "the target was stopped and restarted");
    JsonNode r = run.results();
    long total = r.get("total_requests").asLong();
    assertEquals(run.phaseOneInLog(), total);
    assertEquals(total, r.get("successful_requests").asLong() + r.get("failed_requests").asLong());
    assertTrue(r.get("failed_requests").asLong() > 0);
    long categorised = 0;
    for (JsonNode count : r.get("error_breakdown")) {
      categorised += count.asLong();
    }
    assertEquals(r.get("failed_requests").asLong(), categorised);
  }

  @Test
  void failuresAreCategorisedAsRefusedOrReset() {
    JsonNode breakdown = run.results().get("error_breakdown");
    long transport =
        breakdown.path("connection_refused").asLong() + breakdown.path("connection_reset").asLong();
    assertTrue(transport > 0, breakdown.toString());
    assertTrue(breakdown.path("connection_refused").asLong() > 0, breakdown.toString());
  }

  @Test
  void theReportShowsTheOutageAndTheRecovery() {
    JsonNode recovery = run.results().get("recovery");
    assertTrue(recovery.get("outage").asBoolean(), recovery.toString());
    String when =
        recovery + " down " + Instant.ofEpochMilli(downAt) + " up " + Instant.ofEpochMilli(upAt);
    assertTrue(recovery.get("recovered").asBoolean(), when);
    long began = Instant.parse(recovery.get("failures_began").asText()).toEpochMilli();
    long recovered = Instant.parse(recovery.get("recovered_at").asText()).toEpochMilli();
    // seconds are whole, so the outage is seen within a second of when it happened
    assertTrue(Math.abs(began - downAt) < 1_500, when);
    assertTrue(recovered >= upAt - 1_000 && recovered <= upAt + 2_000, when);
    assertTrue(recovery.get("failures_in_outage").path("connection_refused").asLong() > 0);
  }

  @Test
  void theVerdictIsFailedWithTheReasonAndTheReportsAreWritten() {
    assertEquals(1, run.reportExit(), run.reportErr());
    assertTrue(run.reportErr().contains("NWTN verdict FAILED: "), run.reportErr());
    assertTrue(run.reportErr().contains("success rate"), run.reportErr());
    assertEquals("FAILED", run.results().get("verdict").asText());
    assertTrue(run.results().get("complete").asBoolean());
  }
}

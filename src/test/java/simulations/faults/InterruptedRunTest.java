package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.Eventually;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C at any point of a run loses nothing the simulation recorded: {@code simulation.log} may
 * lack Gatling's last buffer, and the report then takes the requests from the in-run recorder. The
 * target counts what it received; the report's total may miss only the requests still in flight at
 * the stop, at most one per user.
 */
@SlowTest
class InterruptedRunTest {

  static final int USERS = 20;
  static final long RAMP_UP_MS = 6_000;
  static final long STEADY_MS = 10_000;

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"during ramp-up, 3000", "in steady state, 10000", "during ramp-down, 18000"})
  void anInterruptedRunReportsEveryRecordedAnswer(String when, long afterFirstRequestMs)
      throws Exception {
    try (ReferenceOrchestrator target = ReferenceOrchestrator.start(settings(), "127.0.0.1", 0)) {
      ForkedRun run =
          ForkedRun.of(
              dir,
              props(target.baseUri().toString()),
              Map.of(),
              p -> interruptAfter(p, target, afterFirstRequestMs),
              120);
      long received = target.sessionRequests();
      JsonNode r = results();

      assertEquals(3, run.exit(), when + ": " + run.err());
      assertEquals("INCOMPLETE", r.get("verdict").asText());
      assertFalse(r.get("complete").asBoolean());
      long total = r.get("total_requests").asLong();
      assertTrue(
          total <= received && received - total <= USERS,
          when + ": the target received " + received + ", the report counts " + total);
      assertEquals(
          total, r.get("successful_requests").asLong() + r.get("failed_requests").asLong());
      long categorised = 0;
      for (JsonNode count : r.get("error_breakdown")) {
        categorised += count.asLong();
      }
      assertEquals(r.get("failed_requests").asLong(), categorised);
      String source = r.get("figure_sources").get("requests").asText();
      System.out.println(
          "DBG "
              + when
              + " source="
              + source
              + " total="
              + total
              + " received="
              + received
              + " reasons="
              + r.get("incomplete_reasons"));
      assertTrue(List.of("simulation.log", "sidecar").contains(source), source);
      ReportSchemas.assertValidFolder(dir.resolve("nwtn").resolve(ReportFiles.LATEST), 3);
    }
  }

  private static ReferenceSettings settings() {
    return References.settings("nwtn.reference.faults.latency-factor = 0.5");
  }

  private List<String> props(String url) {
    return List.of(
        "-Durl=" + url,
        "-Dprofile=smoke",
        "-Dnwtn.target.embedded=never",
        "-Dnwtn.load.users=" + USERS,
        "-Dnwtn.load.ramp-up=" + RAMP_UP_MS + "ms",
        "-Dnwtn.load.steady=" + STEADY_MS + "ms",
        "-Dnwtn.load.ramp-down=6s",
        "-Dnwtn.load.think-time.min=100ms",
        "-Dnwtn.load.think-time.max=300ms",
        "-Dnwtn.error-injection.enabled=false",
        "-Dnwtn.report.output-dir=" + dir.resolve("nwtn"),
        "-Dnwtn.report.gatling-results=" + dir.resolve("gatling"));
  }

  /** Sends SIGINT, as Ctrl-C does, {@code afterMs} after the target saw the first request. */
  private static void interruptAfter(Process process, ReferenceOrchestrator target, long afterMs) {
    try {
      Eventually.await(
          "the target sees the first request",
          Duration.ofSeconds(60),
          () -> target.sessionRequests() > 0);
      Thread.sleep(afterMs); // the point of the run to interrupt, not a wait for a state
      BoundedProcess.Result kill =
          BoundedProcess.run(
              List.of("kill", "-INT", Long.toString(process.pid())), Duration.ofSeconds(10));
      assertEquals(0, kill.exitCode(), kill.output());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private JsonNode results() throws IOException {
    return new ObjectMapper()
        .readTree(dir.resolve("nwtn").resolve("latest").resolve(ReportFiles.RESULTS).toFile());
  }
}

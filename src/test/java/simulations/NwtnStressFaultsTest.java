package simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.launch.ExitPath;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.testing.SlowTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the stress simulation in the open model against an embedded reference orchestrator that
 * injects server errors and contract-breaking answers, and checks that every request is recorded
 * with what went wrong and that Gatling's assertions fail the run.
 */
@SlowTest
class NwtnStressFaultsTest {

  @TempDir static Path results;
  static final ConcurrentLinkedQueue<SessionSample> samples = new ConcurrentLinkedQueue<>();
  static int exitCode;

  @BeforeAll
  static void run() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Map<String, String> props =
        Map.ofEntries(
            Map.entry("url", "http://127.0.0.1:" + port),
            Map.entry("profile", "smoke"),
            Map.entry("nwtn.load.model", "open"),
            Map.entry("nwtn.load.arrival-rate", "10"),
            Map.entry("nwtn.load.ramp-up", "1s"),
            Map.entry("nwtn.load.steady", "3s"),
            Map.entry("nwtn.load.ramp-down", "1s"),
            Map.entry("nwtn.reference.auth.token", ""),
            Map.entry("nwtn.reference.breaker.enabled", "false"),
            Map.entry("nwtn.reference.faults.latency-factor", "0.1"),
            Map.entry("nwtn.reference.faults.error-ratio", "0.3"),
            Map.entry("nwtn.reference.faults.broken-contract-ratio", "0.3"),
            // one query per arrival is counted below; injected requests would take some arrivals
            Map.entry("nwtn.error-injection.enabled", "false"),
            Map.entry("nwtn.report.gatling-results", results.toString()),
            Map.entry("nwtn.report.output-dir", results.resolve("nwtn").toString()));
    try {
      props.forEach(System::setProperty);
      Recording.install(samples::add);
      exitCode =
          ExitPath.runInThisJvm(
              new String[] {
                "-s", NwtnStressSimulation.class.getName(), "-rf", results.toString(), "-nr"
              });
    } finally {
      Recording.install(null);
      // Gatling's config loading caches system properties inside ConfigFactory; drop them.
      ConfigFactory.invalidateCaches();
      props.keySet().forEach(System::clearProperty);
    }
  }

  @Test
  void openModelSendsOneQueryPerArrival() {
    // 0 to 10 arrivals/s over 1 s, 10/s for 3 s, 10 to 0 over 1 s.
    assertEquals(40, samples.size());
  }

  @Test
  void failuresAreRecordedWithTheirStatusAndCodeOrRule() {
    List<SessionSample> errors = samples.stream().filter(s -> s.httpStatus() == 500).toList();
    List<SessionSample> broken =
        samples.stream().filter(s -> s.httpStatus() == 200 && !s.ok()).toList();
    assertTrue(!errors.isEmpty() && !broken.isEmpty(), "errors " + errors + ", broken " + broken);
    assertTrue(errors.stream().allMatch(s -> "internal_error".equals(s.errorCode())));
    assertTrue(broken.stream().allMatch(s -> s.violatedRule() != null && s.response() == null));
    assertTrue(samples.stream().filter(SessionSample::ok).allMatch(s -> s.response() != null));
  }

  @Test
  void gatlingAssertionsFailTheRun() {
    assertNotEquals(0, exitCode);
  }
}

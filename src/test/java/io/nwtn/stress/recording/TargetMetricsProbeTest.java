package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.TargetMetricsSettings;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one try before the load and the readings after it, against the reference orchestrator's real
 * {@code /metrics} and targets that do not serve them.
 */
class TargetMetricsProbeTest {

  static final Duration TIMEOUT = Duration.ofMillis(800);

  static TargetMetricsProbe.Opening open(URI url) {
    return TargetMetricsProbe.open(
        new TargetMetricsSettings(Optional.ofNullable(url), 0, false), Optional.empty(), TIMEOUT);
  }

  static ReferenceOrchestrator reference() {
    return ReferenceOrchestrator.start(
        ReferenceSettings.fromConfig(
            ConfigFactory.parseString("nwtn.reference.auth.token = \"\"")
                .withFallback(ConfigFactory.defaultReference())
                .resolve()),
        "127.0.0.1",
        0);
  }

  @Test
  void theReferenceOrchestratorsMetricsAreReadEachTime() {
    try (ReferenceOrchestrator server = reference()) {
      TargetMetricsProbe.Opening o = open(server.baseUri().resolve("/metrics"));
      assertNotNull(o.probe(), o.line());
      assertNull(o.detail());
      assertTrue(o.runtime().startsWith("jvm "), o.runtime());
      assertTrue(o.line().endsWith("/metrics (" + o.runtime() + "), read once a second"), o.line());
      Sidecar.TargetSample s = o.probe().sample();
      assertTrue(
          s.cpuSeconds() > 0 && s.residentBytes() > 0 && s.heapUsedBytes() > 0, s.toString());
    }
  }

  @Test
  void aPathTheTargetDoesNotServeIsSaidInOneLine() {
    try (ReferenceOrchestrator server = reference()) {
      URI url = server.baseUri().resolve("/prometheus");
      TargetMetricsProbe.Opening o = open(url);
      assertNull(o.probe());
      assertEquals(url + ": answered 404", o.detail());
      assertEquals(
          "NWTN target metrics: none at "
              + url
              + ": answered 404; the run goes on without the target's CPU and memory",
          o.line());
    }
  }

  @Test
  void aJsonEndpointWithoutProcessMetricsIsNotTakenForThem() {
    try (ReferenceOrchestrator server = reference()) {
      TargetMetricsProbe.Opening o = open(server.baseUri().resolve("/health"));
      assertNull(o.probe());
      assertTrue(
          o.detail()
              .endsWith("no process_cpu_seconds_total or process_resident_memory_bytes there"),
          o.detail());
    }
  }

  @Test
  void aBodyThatNeverEndsIsGivenUpAtTheTimeout() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread dribbler = new Thread(() -> dribble(socket));
      dribbler.setDaemon(true);
      dribbler.start();
      long t0 = System.nanoTime();
      TargetMetricsProbe.Opening o =
          open(URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/metrics"));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertNull(o.probe());
      assertTrue(o.detail().endsWith(": no answer within 800 ms"), o.detail());
      assertTrue(ms < 3_000, "given up after " + ms + " ms");
    }
  }

  @Test
  void nothingListeningAndNothingAskedFor() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    TargetMetricsProbe.Opening refused = open(URI.create("http://127.0.0.1:" + port + "/metrics"));
    assertTrue(refused.detail().endsWith(": connection refused"), refused.detail());
    TargetMetricsProbe.Opening off = open(null);
    assertNull(off.probe());
    assertEquals("NWTN target metrics: not read (nwtn.target.metrics-url=none)", off.line());
  }

  /** Answers 200 with a long body, one byte every 200 ms. */
  private static void dribble(ServerSocket socket) {
    try (Socket client = socket.accept()) {
      OutputStream out = client.getOutputStream();
      out.write(
          "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100000\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 100; i++) {
        out.write('#');
        out.flush();
        Thread.sleep(200);
      }
    } catch (Exception e) {
      // the client gave up, as it should
    }
  }
}

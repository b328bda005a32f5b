package io.nwtn.stress.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.EmbeddedMode;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.TargetSettings;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A run knows what it talks to: the reference orchestrator it started, the reference orchestrator
 * it found answering (its {@code /health} names it), or another orchestrator.
 */
class TargetKindTest {

  private static final Config ROOT =
      ConfigFactory.parseString("nwtn.reference.auth.token = \"\"")
          .withFallback(ConfigFactory.defaultReference())
          .resolve();

  private static TargetSettings target(URI url, EmbeddedMode mode) {
    return new TargetSettings(
        url, Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(2), mode);
  }

  @Test
  void theReferenceOrchestratorStartedHereIsEmbedded() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    URI url = URI.create("http://127.0.0.1:" + port);
    try (Target t = Target.prepare(target(url, EmbeddedMode.ALWAYS), ROOT, line -> {})) {
      assertEquals(TargetKind.EMBEDDED_REFERENCE, t.kind());
    }
  }

  @Test
  void theReferenceOrchestratorFoundAnsweringIsNamedByItsHealth() {
    try (ReferenceOrchestrator server =
            ReferenceOrchestrator.start(ReferenceSettings.fromConfig(ROOT), "127.0.0.1", 0);
        Target t = Target.prepare(target(server.baseUri(), EmbeddedMode.NEVER), ROOT, line -> {})) {
      assertEquals(TargetKind.STANDALONE_REFERENCE, t.kind());
    }
  }

  @Test
  void anyOtherOrchestratorIsExternal() throws Exception {
    HttpServer prsm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] health =
        "{\"status\": \"healthy\", \"version\": \"1.4.0\"}".getBytes(StandardCharsets.UTF_8);
    prsm.createContext(
        "/health",
        exchange -> {
          exchange.sendResponseHeaders(200, health.length);
          exchange.getResponseBody().write(health);
          exchange.close();
        });
    prsm.start();
    try (Target t =
        Target.prepare(
            target(
                URI.create("http://127.0.0.1:" + prsm.getAddress().getPort()), EmbeddedMode.NEVER),
            ROOT,
            line -> {})) {
      assertEquals(TargetKind.EXTERNAL, t.kind());
    } finally {
      prsm.stop(0);
    }
  }
}

package io.nwtn.stress.target;

import static io.nwtn.stress.target.TargetFixtures.ROOT;
import static io.nwtn.stress.target.TargetFixtures.freePort;
import static io.nwtn.stress.target.TargetFixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.EmbeddedMode;
import io.nwtn.stress.settings.TargetKind;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A run knows what it talks to: the reference orchestrator it started, the reference orchestrator
 * it found answering (its {@code /health} names it), or another orchestrator.
 */
class TargetKindTest {

  @Test
  void theReferenceOrchestratorStartedHereIsEmbedded() throws Exception {
    URI url = URI.create("http://127.0.0.1:" + freePort());
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

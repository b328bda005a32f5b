package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.monitoring.Scrape;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /metrics} of the reference orchestrator: the text format of the Prometheus client
 * library, with the process and JVM collectors and the server's own figures read from its state.
 */
class MetricsEndpointTest {

  static Scrape scrape(TestServer server) {
    HttpResponse<byte[]> r = server.get("/metrics");
    assertEquals(200, r.statusCode());
    assertEquals(
        "text/plain; version=0.0.4; charset=utf-8",
        r.headers().firstValue("Content-Type").orElse(""));
    return Scrape.parse(new String(r.body(), StandardCharsets.UTF_8));
  }

  @Test
  void processJvmAndServerFiguresAreServed() {
    try (TestServer server = TestServer.start(TestServer.FAST)) {
      for (int i = 0; i < 3; i++) {
        assertEquals(
            200, server.post("/api/v1/sessions", TestServer.session("simple", 50)).statusCode());
      }
      Scrape s = scrape(server);
      assertTrue(s.sum("process_cpu_seconds_total") > 0, s.text());
      assertTrue(s.sum("process_resident_memory_bytes") > 0, s.text());
      assertTrue(s.sum("process_open_fds") > 0, s.text());
      assertTrue(s.sum("jvm_memory_used_bytes", "area=\"heap\"") > 0, s.text());
      assertEquals(3, s.sum("nwtn_reference_session_requests_total"));
      assertEquals(1, s.sum("nwtn_reference_circuit_breaker_state", "state=\"closed\""));
      assertEquals(0, s.sum("nwtn_reference_circuit_breaker_state", "state=\"open\""));
      assertEquals(0, s.sum("nwtn_reference_circuit_breaker_activations_total"));
      assertEquals(0, s.sum("nwtn_reference_pipelines_running"));
      assertTrue(s.text().contains("# TYPE nwtn_reference_pipelines_queued gauge"), s.text());
    }
  }

  @Test
  void breakerActivationsAreCounted() {
    try (TestServer server =
        TestServer.start(
            TestServer.FAST
                + "nwtn.reference.faults.error-ratio = 1\n"
                + "nwtn.reference.breaker { window = 4, minimum-calls = 4, failure-ratio = 0.5 }")) {
      for (int i = 0; i < 4; i++) {
        server.post("/api/v1/sessions", TestServer.session("simple", 50));
      }
      Scrape s = scrape(server);
      assertEquals(1, s.sum("nwtn_reference_circuit_breaker_activations_total"));
      assertEquals(1, s.sum("nwtn_reference_circuit_breaker_state", "state=\"open\""));
    }
  }

  @Test
  void onlyGetIsAllowed() {
    try (TestServer server = TestServer.start(TestServer.FAST)) {
      HttpResponse<byte[]> r = server.post("/metrics", "{}");
      assertEquals(405, r.statusCode());
      assertEquals("GET", r.headers().firstValue("Allow").orElse(""));
    }
  }
}

package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.verdict.Compliance;
import io.nwtn.stress.verdict.RunMetrics;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthProbeTest {

  private static final String FAILING =
      """
      nwtn.reference.auth.token = ""
      nwtn.reference.faults.latency-factor = 0.01
      nwtn.reference.faults.error-ratio = 1.0
      nwtn.reference.breaker.window = 10
      nwtn.reference.breaker.minimum-calls = 5
      """;

  @Test
  void breakerActivationsBetweenTwoSamplesFailTheRun() throws Exception {
    ReferenceSettings settings =
        ReferenceSettings.fromConfig(
            ConfigFactory.parseString(FAILING)
                .withFallback(ConfigFactory.defaultReference())
                .resolve());
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      HealthProbe probe = new HealthProbe(server.baseUri(), Duration.ofSeconds(2));
      Sidecar.HealthSnapshot before = probe.sample();
      HttpClient client = HttpClient.newHttpClient();
      for (int i = 0; i < 10; i++) {
        client.send(
            HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"prompt\":\"What is machine learning?\",\"user_id\":\"u1\","
                            + "\"context_allocation\":50}"))
                .build(),
            HttpResponse.BodyHandlers.discarding());
      }
      Sidecar.HealthSnapshot after = probe.sample();

      assertTrue(before.reachable());
      assertEquals(0L, before.activations());
      assertEquals("closed", before.breakerState());
      assertNotNull(before.resources(), "the reference orchestrator reports its resources");
      assertTrue(after.activations() >= 1, after.toString());

      Sidecar sidecar =
          new SampleRecorder()
              .snapshot(
                  0,
                  1,
                  Limits.phase1(),
                  Map.of(),
                  TargetKind.EMBEDDED_REFERENCE,
                  before,
                  after,
                  List.of());
      RunMetrics m = RunMetrics.compute(new LogAnalysis(0), sidecar, Limits.phase1());
      assertEquals(after.activations(), m.breakerActivations());
      assertFalse(Compliance.evaluate(m, Limits.phase1()).checks().get(6).passed());
    }
  }

  @Test
  void aTargetThatDoesNotAnswerIsUnreachableNotAnError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Sidecar.HealthSnapshot s =
        new HealthProbe(URI.create("http://127.0.0.1:" + port), Duration.ofMillis(500)).sample();

    assertFalse(s.reachable());
    assertEquals(null, s.activations());
  }

  @Test
  void aHealthBodyIsReadFieldByFieldWithItsResourcesAsTheyCame() {
    Sidecar.HealthSnapshot s =
        HealthProbe.parse(
            7,
            ("{\"status\":\"healthy\",\"circuit_breaker\":{\"activations\":3,\"state\":\"open\"},"
                    + "\"resources\":{\"process_cpu_load\":0.25,\"heap_used_bytes\":74522672,"
                    + "\"heap_max_bytes\":6110183424,\"pools\":{\"a\":[1,null,true]}}}")
                .getBytes(StandardCharsets.UTF_8));

    assertEquals(7, s.epochMs());
    assertTrue(s.reachable());
    assertEquals("open", s.breakerState());
    assertEquals(3L, s.activations());
    assertEquals(0.25, s.resources().get("process_cpu_load"));
    assertEquals(74522672, s.resources().get("heap_used_bytes"), "an int stays an Integer");
    assertEquals(6110183424L, s.resources().get("heap_max_bytes"), "a long stays a Long");
    assertEquals(Map.of("a", Arrays.asList(1, null, true)), s.resources().get("pools"));
  }

  @Test
  void fieldsOfAnotherTypeAreLeftEmpty() {
    for (String body :
        List.of(
            "{\"circuit_breaker\":{\"activations\":2.0,\"state\":5},\"resources\":[1]}",
            "{\"circuit_breaker\":\"closed\",\"resources\":null}",
            "[{\"circuit_breaker\":{\"activations\":1}}]",
            "null",
            "<html>down</html>",
            "")) {
      Sidecar.HealthSnapshot s = HealthProbe.parse(1, body.getBytes(StandardCharsets.UTF_8));
      assertTrue(s.reachable(), body);
      assertEquals(null, s.breakerState(), body);
      assertEquals(null, s.activations(), body);
      assertEquals(null, s.resources(), body);
    }
    assertEquals(
        Long.MAX_VALUE,
        HealthProbe.parse(
                1,
                "{\"circuit_breaker\":{\"activations\":9223372036854775807}}"
                    .getBytes(StandardCharsets.UTF_8))
            .activations());
  }
}

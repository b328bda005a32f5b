package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.ContractResult;
import io.nwtn.stress.contract.ErrorCode;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.contract.TraceAnalysis;
import io.nwtn.stress.testing.Eventually;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FaultsTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            "nwtn.reference.breaker.enabled = false\n"
                + "nwtn.reference.pipeline.simple {\n"
                + "  architect { median = 10ms, p95 = 10ms }\n"
                + "  executor { median = 20ms, p95 = 20ms }\n"
                + "}\n");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void reset() {
    server.server.faults().reset();
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(
            "{\"failing-agent\": \"executor\"}",
            check(r -> assertEquals(List.of(Agent.EXECUTOR), trace(r).failedAgents()))),
        Arguments.of(
            "{\"missing-agent\": \"architect\"}",
            check(
                r -> {
                  assertEquals(List.of(Agent.ARCHITECT), trace(r).missingAgents());
                  assertTrue(trace(r).chainWhole());
                })),
        Arguments.of("{\"broken-chain\": true}", check(r -> assertFalse(trace(r).chainWhole()))),
        Arguments.of(
            "{\"unsafe-answers\": true}", check(r -> assertFalse(valid(r).safetyValidated()))),
        Arguments.of(
            "{\"latency-factor\": 3}",
            check(r -> assertEquals("90.000", r.headers().firstValue("X-Simulated-Ms").get()))),
        Arguments.of(
            "{\"error-ratio\": 1}",
            check(r -> ErrorTableTest.assertError(r, ErrorCode.INTERNAL_ERROR))),
        Arguments.of(
            "{\"outage-start\": \"0s\", \"outage-duration\": \"1m\"}",
            check(r -> ErrorTableTest.assertError(r, ErrorCode.OVERLOADED))),
        Arguments.of(
            "{\"non-json-ratio\": 1}", check(r -> assertEquals("not_json", violation(r).rule()))),
        Arguments.of(
            "{\"broken-contract-ratio\": 1}",
            check(r -> assertEquals("final_answer_too_short", violation(r).rule()))),
        Arguments.of(
            "{\"oversized-ratio\": 1, \"oversized-bytes\": \"100KiB\"}",
            check(
                r -> {
                  assertTrue(r.body().length > 100 * 1024);
                  valid(r);
                })));
  }

  private static Consumer<HttpResponse<byte[]>> check(Consumer<HttpResponse<byte[]>> check) {
    return check;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void eachFaultShowsInTheAnswer(String patch, Consumer<HttpResponse<byte[]>> check) {
    server.server.faults().patch(patch);
    check.accept(post());
    server.server.faults().reset();
    assertInstanceOf(ContractResult.Valid.class, ResponseContract.check(post().body()));
  }

  @Test
  void anOutageTakesHealthDownForItsWindowOnly() throws InterruptedException {
    long patched = System.nanoTime();
    server.server.faults().patch("{\"outage-start\": \"300ms\", \"outage-duration\": \"300ms\"}");
    assertEquals(200, server.get("/health").statusCode());
    Eventually.await("health down", Duration.ofSeconds(5), () -> healthStatus() == 503);
    assertEquals("unavailable", TestServer.json(server.get("/health")).path("status").asText());
    Eventually.await("health back up", Duration.ofSeconds(5), () -> healthStatus() == 200);
    // the window counts from the patch, so it cannot be over before start plus duration
    assertTrue(System.nanoTime() - patched >= Duration.ofMillis(600).toNanos());
    assertEquals(200, post().statusCode());
  }

  private static int healthStatus() {
    return server.get("/health").statusCode();
  }

  @Test
  void aHungRequestIsNeverAnswered() {
    server.server.faults().patch("{\"hang-ratio\": 1}");
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () ->
                TestServer.sendAsync(
                        server
                            .postRequest("/api/v1/sessions", TestServer.session("simple", 50))
                            .timeout(Duration.ofMillis(500))
                            .build())
                    .join());
    assertInstanceOf(HttpTimeoutException.class, e.getCause());
  }

  private static HttpResponse<byte[]> post() {
    return server.post("/api/v1/sessions", TestServer.session("simple", 50));
  }

  private static PrsmResponse valid(HttpResponse<byte[]> response) {
    return SessionsContractTest.valid(response);
  }

  private static TraceAnalysis trace(HttpResponse<byte[]> response) {
    return TraceAnalysis.of(valid(response).reasoningTrace(), QueryClass.SIMPLE.expectedAgents());
  }

  private static ContractResult.Violation violation(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode());
    return assertInstanceOf(
        ContractResult.Violation.class, ResponseContract.check(response.body()));
  }
}

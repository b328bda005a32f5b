package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ErrorCode;
import io.nwtn.stress.testing.Eventually;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OverloadAndBreakerTest {

  private static final String FIXED_SIMPLE =
      "nwtn.reference.pipeline.simple {\n"
          + "  architect { median = 150ms, p95 = 150ms }\n"
          + "  executor { median = 150ms, p95 = 150ms }\n"
          + "}\n";

  @Test
  void pastCapacityAndQueueRequestsGet503Overloaded() {
    try (TestServer server =
        TestServer.start(
            FIXED_SIMPLE + "nwtn.reference { max-concurrent-pipelines = 1, queue-size = 1 }")) {
      List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(server.postAsync(TestServer.session("simple", 50)));
      }
      int ok = 0;
      int overloaded = 0;
      for (CompletableFuture<HttpResponse<byte[]>> call : calls) {
        HttpResponse<byte[]> response = call.join();
        if (response.statusCode() == 200) {
          ok++;
        } else {
          ErrorTableTest.assertError(response, ErrorCode.OVERLOADED);
          overloaded++;
        }
      }
      assertTrue(ok >= 2, "the running and the queued pipeline are answered");
      assertTrue(overloaded >= 1, "the rest is refused");
      assertEquals(6, ok + overloaded);
    }
  }

  @Test
  void pastTheRateLimitRequestsGet429WithRetryAfter() {
    try (TestServer server =
        TestServer.start(
            TestServer.FAST + "nwtn.reference.rate-limit { per-second = 0.1, burst = 2 }")) {
      assertEquals(200, post(server).statusCode());
      assertEquals(200, post(server).statusCode());
      HttpResponse<byte[]> limited = post(server);
      ErrorTableTest.assertError(limited, ErrorCode.RATE_LIMITED);
      long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retryAfter >= 1 && retryAfter <= 10, "Retry-After " + retryAfter);
    }
  }

  @Test
  void theBreakerOpensGoesHalfOpenAndClosesOnSuccess() throws InterruptedException {
    try (TestServer server =
        TestServer.start(
            TestServer.FAST
                + "nwtn.reference.faults.error-ratio = 1\n"
                + "nwtn.reference.breaker { window = 4, minimum-calls = 4, failure-ratio = 0.5,"
                + " cool-down = 400ms, half-open-calls = 1 }")) {
      failFourTimes(server);
      ErrorTableTest.assertError(post(server), ErrorCode.CIRCUIT_BREAKER_OPEN);
      assertBreaker(server, "open", 1);

      awaitHalfOpen(server);
      assertBreaker(server, "half_open", 1);
      ErrorTableTest.assertError(post(server), ErrorCode.INTERNAL_ERROR); // the trial fails
      assertBreaker(server, "open", 2);

      server.server.faults().patch("{\"error-ratio\": 0}");
      awaitHalfOpen(server);
      assertEquals(200, post(server).statusCode());
      assertBreaker(server, "closed", 2);
      assertEquals(200, post(server).statusCode());
    }
  }

  @Test
  void aDisabledBreakerNeverOpens() {
    try (TestServer server =
        TestServer.start(
            TestServer.FAST
                + "nwtn.reference.faults.error-ratio = 1\n"
                + "nwtn.reference.breaker { enabled = false, window = 4, minimum-calls = 4 }")) {
      failFourTimes(server);
      failFourTimes(server);
      assertBreaker(server, "closed", 0);
    }
  }

  private static void failFourTimes(TestServer server) {
    for (int i = 0; i < 4; i++) {
      ErrorTableTest.assertError(post(server), ErrorCode.INTERNAL_ERROR);
    }
  }

  private static HttpResponse<byte[]> post(TestServer server) {
    return server.post("/api/v1/sessions", TestServer.session("simple", 50));
  }

  /** The cool-down is over once {@code /health} reports the breaker half-open. */
  private static void awaitHalfOpen(TestServer server) throws InterruptedException {
    Eventually.await(
        "the breaker half-open after its cool-down",
        Duration.ofSeconds(10),
        () -> "half_open".equals(breaker(server).path("state").asText()));
  }

  private static JsonNode breaker(TestServer server) {
    return TestServer.json(server.get("/health")).path("circuit_breaker");
  }

  private static void assertBreaker(TestServer server, String state, int activations) {
    JsonNode breaker = breaker(server);
    assertEquals(state, breaker.path("state").asText());
    assertEquals(activations, breaker.path("activations").asInt());
  }
}

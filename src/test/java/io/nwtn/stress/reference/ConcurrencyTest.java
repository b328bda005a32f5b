package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.PrsmResponse;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  private static final int REQUESTS = 2_000;

  @Test
  void twoThousandRequestsInFlightAreAllAnswered() {
    try (TestServer server =
        TestServer.start(
            "nwtn.reference.pipeline.simple {\n"
                + "  architect { median = 1s, p95 = 1s }\n"
                + "  executor { median = 1s, p95 = 1s }\n"
                + "}\n")) {
      List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        calls.add(server.postAsync(TestServer.session("simple", 50)));
      }
      int peakInFlight = 0;
      while (!calls.stream().allMatch(CompletableFuture::isDone)) {
        int inFlight =
            TestServer.json(server.get("/health"))
                .path("resources")
                .path("requests_in_flight")
                .asInt();
        peakInFlight = Math.max(peakInFlight, inFlight);
      }
      Set<String> sessions = new HashSet<>();
      for (CompletableFuture<HttpResponse<byte[]>> call : calls) {
        PrsmResponse response = SessionsContractTest.valid(call.join());
        sessions.add(response.sessionId());
      }
      assertEquals(REQUESTS, sessions.size(), "every request got its own answer");
      assertTrue(peakInFlight >= REQUESTS / 2, "peak in flight was only " + peakInFlight);
      assertEquals(
          0,
          TestServer.json(server.get("/health"))
              .path("resources")
              .path("requests_in_flight")
              .asInt());
    }
  }
}

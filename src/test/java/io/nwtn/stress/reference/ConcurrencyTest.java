package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.ContractResult;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.testing.SlowTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@SlowTest
class ConcurrencyTest {

  private static final int REQUESTS = 2_000;

  @Test
  void twoThousandRequestsInFlightAreAllAnswered() throws InterruptedException {
    try (TestServer server =
            TestServer.start(
                "nwtn.reference.pipeline.simple {\n"
                    + "  architect { median = 2s, p95 = 2s }\n"
                    + "  executor { median = 2s, p95 = 2s }\n"
                    + "}\n");
        LoadClient client = new LoadClient(2)) {
      List<CompletableFuture<LoadClient.Answer>> calls = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        calls.add(
            client
                .connect(server.server.baseUri())
                .thenCompose(c -> c.post("/api/v1/sessions", TestServer.session("simple", 50))));
      }
      int peakInFlight = 0;
      while (!calls.stream().allMatch(CompletableFuture::isDone)) {
        peakInFlight = Math.max(peakInFlight, inFlight(server));
        Thread.sleep(50);
      }
      Set<String> sessions = new HashSet<>();
      for (CompletableFuture<LoadClient.Answer> call : calls) {
        LoadClient.Answer answer = call.join();
        assertEquals(200, answer.status());
        ContractResult result = ResponseContract.check(answer.body());
        sessions.add(assertInstanceOf(ContractResult.Valid.class, result).response().sessionId());
      }
      assertEquals(REQUESTS, sessions.size(), "every request got its own answer");
      assertTrue(peakInFlight >= REQUESTS / 4, "peak in flight was only " + peakInFlight);
      assertEquals(0, inFlight(server));
    }
  }

  private static int inFlight(TestServer server) {
    return TestServer.json(server.get("/health"))
        .path("resources")
        .path("requests_in_flight")
        .asInt();
  }
}

package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One short run without a token against a reference orchestrator that wants one, while half the
 * users' requests are injected bad requests: each that reaches the session endpoint gets 401
 * instead of its documented rejection. Kept out of Gatling's statistics, each is still counted in
 * the report, its failure in the words of Gatling's status check.
 */
@SlowTest
class InjectedFailuresRunTest {

  @TempDir static Path dir;
  static ShortRun run;

  @BeforeAll
  static void run() throws Exception {
    ReferenceSettings settings =
        References.settings("nwtn.reference { faults.latency-factor = 0.1, auth.token = s3cret }");
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      run =
          ShortRun.of(
              dir,
              server.baseUri().toString(),
              Map.of(
                  "nwtn.error-injection.share", "0.5",
                  "nwtn.error-injection.max-response-time", "1s"));
    }
  }

  @Test
  void failedInjectedRequestsAreReportedInTheWordsOfGatlingsChecks() {
    JsonNode injection = run.results().get("error_injection");
    long requests = injection.get("requests").asLong();
    long failed = injection.get("failed").asLong();
    assertEquals(0, run.injectedInLog(), "kept out of Gatling's statistics");
    assertTrue(failed > 0, injection.toString());
    assertEquals(requests, injection.get("passed").asLong() + failed);

    long sent = 0;
    long counted = 0;
    List<String> messages = new ArrayList<>();
    for (JsonNode kind : injection.get("by_request")) {
      sent += kind.get("requests").asLong();
      assertEquals(
          kind.get("requests").asLong(),
          kind.get("passed").asLong() + kind.get("failed").asLong(),
          kind.toString());
      assertTrue(kind.get("max_ms").asLong() <= 1_000 + 100, kind.toString());
      for (var f : (Iterable<Map.Entry<String, JsonNode>>) () -> kind.get("failures").fields()) {
        messages.add(f.getKey());
        counted += f.getValue().asLong();
      }
    }
    assertEquals(requests, sent);
    assertEquals(failed, counted, "fewer than ten distinct messages: every failure is listed");
    assertTrue(
        messages.stream()
            .allMatch(m -> m.startsWith("status.find.is(4") && m.endsWith(", found 401")),
        messages.toString());
  }
}

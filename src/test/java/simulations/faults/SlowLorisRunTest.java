package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target whose answers dribble in byte by byte: each request fails at the request timeout as a
 * timeout, every one is counted, and the run still ends on schedule.
 */
@SlowTest
class SlowLorisRunTest {

  static final long TIMEOUT_MS = 1_000;

  @TempDir Path dir;

  @Test
  void slowLorisAnswersTimeOutAndAreCountedAsFailures() throws Exception {
    ShortRun run;
    try (SlowLorisServer server = new SlowLorisServer()) {
      run =
          ShortRun.of(
              dir,
              server.url(),
              Map.of(
                  "nwtn.target.request-timeout",
                  TIMEOUT_MS + "ms",
                  "nwtn.error-injection.enabled",
                  "false"));
    }
    JsonNode r = run.results();
    long total = r.get("total_requests").asLong();
    assertTrue(total >= 4, "requests: " + total);
    assertEquals(run.phaseOneInLog(), total);
    assertEquals(total, r.get("failed_requests").asLong());
    assertEquals(total, r.get("error_breakdown").path("timeout").asLong(), r.toString());
    long max = r.get("max_latency_ms").asLong();
    assertTrue(max >= TIMEOUT_MS && max < TIMEOUT_MS + 1_000, "slowest request " + max + " ms");
    assertTrue(run.wallMs() < ShortRun.PLANNED_MS + TIMEOUT_MS + 12_000, run.wallMs() + " ms");
    assertEquals(1, run.reportExit(), run.reportErr());
  }
}

package io.nwtn.stress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark figures read from other tools' console output are the figures those tools print.
 */
class BenchOutputsTest {

  private static final String WRK =
      """
      Running 10s test @ http://127.0.0.1:41234/health
        1 threads and 50 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     2.10ms    1.02ms  40.12ms   91.00%
          Req/Sec    24.01k     1.20k   26.00k    80.00%
        Latency Distribution
           50%  {p50}
           75%    2.40ms
           90%    3.00ms
           99%  {p99}
        239012 requests in 10.00s, 60.10MB read
        Socket errors: connect 0, read 3, write 0, timeout 2
        Non-2xx or 3xx responses: 7
      Requests/sec:  23901.20
      Transfer/sec:      6.01MB
      """;

  @ParameterizedTest
  @CsvSource({"812.00us, 6.50ms, 0.812, 6.5", "1.95ms, 1.20s, 1.95, 1200"})
  void wrkFiguresComeFromItsLatencyDistributionInAnyUnit(
      String p50, String p99, double p50Ms, double p99Ms) {
    WrkOutput out = WrkOutput.parse(WRK.replace("{p50}", p50).replace("{p99}", p99));
    assertEquals(23901.20, out.requestsPerSecond(), 1e-9);
    assertEquals(p50Ms, out.p50Ms(), 1e-9);
    assertEquals(p99Ms, out.p99Ms(), 1e-9);
    assertEquals(239012, out.requests());
    assertEquals(12, out.errors(), "3 read + 2 timeout socket errors + 7 non-2xx");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Running 10s test\nRequests/sec: 1.0\n"})
  void wrkOutputWithoutTheLatencyDistributionIsRejected(String text) {
    assertThrows(IllegalArgumentException.class, () -> WrkOutput.parse(text));
  }

  @Test
  void referenceBenchmarkLinesBecomeOneFigureSetPerLevel() {
    String output =
        "pipeline 2000 ms per request, 3 requests per connection, 2 cores\n"
            + " 1000 in flight:    3000 answers, 0 failed, 1490 req/s; added latency ms: P50 0.85,"
            + " P99 7.10, P99.9 12.30, max 20.01\n"
            + " 5000 in flight:   15000 answers, 2 failed, 7012 req/s; added latency ms: P50 3.40,"
            + " P99 40.00, P99.9 61.50, max 80.25\n";
    List<Map<String, Object>> levels = ReferenceFigures.levels(output);
    assertEquals(2, levels.size());
    assertEquals(5000, levels.get(1).get("in_flight"));
    assertEquals(2L, levels.get(1).get("failed"));
    assertEquals(7012L, levels.get(1).get("requests_per_second"));
    assertEquals(40.00, levels.get(1).get("added_p99_ms"));
    assertEquals(0.85, levels.get(0).get("added_p50_ms"));
  }

  @Test
  void referenceBenchmarkOutputWithoutLevelsIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> ReferenceFigures.levels("boom\n"));
  }

  @Test
  void mainJobSplitsItsWallTimeAndSaysWhetherTheWarmGoalIsMet() throws IOException {
    // started at 0, simulation from 4.2 s to its last record at 24.4 s, ended at 25.5 s
    Map<String, Object> met = MainJobFigures.figures(0, 25_500, 4_200, 24_400, 20_000, 6.0);
    assertEquals(25.5, met.get("wall_seconds"));
    assertEquals(5.5, met.get("overhead_seconds"));
    assertEquals(4.2, met.get("before_simulation_seconds"));
    assertEquals(20.2, met.get("simulation_seconds"));
    assertEquals(1.1, met.get("after_simulation_seconds"));
    assertEquals(true, met.get("within_goal"));
    assertEquals(false, MainJobFigures.figures(0, 26_001, 0, 0, 20_000, 6.0).get("within_goal"));
    assertEquals(null, MainJobFigures.figures(0, 26_001, 0, 0, 20_000, null).get("within_goal"));

    String job =
        "{\"warm_goal_seconds\": 6, \"warm\": {\"overhead_seconds\": 5.5},"
            + " \"cold\": {\"overhead_seconds\": 20.1}}";
    assertEquals(
        "main job overhead: warm 5.5 s (goal <= 6 s: met), cold 20.1 s",
        BenchSummary.mainJobLine(BenchParts.JSON.readTree(job)));
    assertEquals(
        "main job overhead: warm 6.2 s (goal <= 6 s: not met), cold 20.1 s",
        BenchSummary.mainJobLine(BenchParts.JSON.readTree(job.replace("5.5", "6.2"))));
    assertTrue(
        Files.readString(Path.of("scripts/bench.sh"))
            .contains("\nWARM_GOAL=" + MainJobFigures.WARM_GOAL_SECONDS + "\n"),
        "bench.sh passes the goal MainJobFigures states");
  }
}

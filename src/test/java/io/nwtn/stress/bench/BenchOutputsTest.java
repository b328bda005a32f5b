package io.nwtn.stress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
  void steadyWindowLineGivesCpuRequestsAndInstants() {
    SteadyCpu.Window w =
        SteadyCpu.Window.parse(
            List.of(
                "Simulation started",
                "suite-cost steady: cpu_seconds=12.5000 requests=-1 from_ms=1000 to_ms=29000"
                    + " jit_ms=750"),
            SuiteCostSimulation.STEADY);
    assertEquals(12.5, w.cpuSeconds(), 1e-9);
    assertEquals(-1, w.requests());
    assertEquals(1000, w.fromEpochMs());
    assertEquals(29000, w.toEpochMs());
    assertEquals(750, w.jitMs());
    assertThrows(
        IllegalStateException.class,
        () -> SteadyCpu.Window.parse(List.of("no window"), SuiteCostSimulation.STEADY));
  }

  @Test
  void suiteCostComparesTheMeansOfEachModeAgainstTheGoalAndGivesTheNoise() {
    List<Map<String, Object>> runs =
        List.of(
            Map.of("mode", "warm-up", "cpu_us_per_request", 900.0),
            Map.of("mode", "bare", "cpu_us_per_request", 400.0),
            Map.of("mode", "suite", "cpu_us_per_request", 480.0),
            Map.of("mode", "bare", "cpu_us_per_request", 440.0),
            Map.of("mode", "suite", "cpu_us_per_request", 540.0));
    Map<String, Object> f = SuiteCostFigures.compare(runs, 1.25);
    assertEquals(420.0, f.get("cpu_us_per_request_bare"), "the warm-up is left out");
    assertEquals(510.0, f.get("cpu_us_per_request_suite"));
    assertEquals(1.214, f.get("suite_to_bare_ratio"));
    assertEquals(true, f.get("within_goal"));
    // bare: 40 / 420 = 9.5 %, suite: 60 / 510 = 11.8 %: the larger
    assertEquals(0.1176, f.get("cpu_per_request_noise"));
    List<Map<String, Object>> costly =
        List.of(
            Map.of("mode", "bare", "cpu_us_per_request", 400.0),
            Map.of("mode", "suite", "cpu_us_per_request", 520.0));
    Map<String, Object> g = SuiteCostFigures.compare(costly, 1.25);
    assertEquals(1.3, g.get("suite_to_bare_ratio"));
    assertEquals(false, g.get("within_goal"));
    assertEquals(0.0, g.get("cpu_per_request_noise"), "one run of each: no spread");
    assertEquals(false, g.containsKey("suite_to_bare_ratio_without_jit"), "not given by the runs");
    List<Map<String, Object>> jit =
        List.of(
            Map.of(
                "mode",
                "bare",
                "cpu_us_per_request",
                400.0,
                "cpu_us_per_request_without_jit",
                300.0),
            Map.of(
                "mode",
                "suite",
                "cpu_us_per_request",
                520.0,
                "cpu_us_per_request_without_jit",
                330.0));
    Map<String, Object> j = SuiteCostFigures.compare(jit, 1.25);
    assertEquals(1.3, j.get("suite_to_bare_ratio"));
    assertEquals(false, j.get("within_goal"));
    assertEquals(1.1, j.get("suite_to_bare_ratio_without_jit"));
    assertEquals(true, j.get("within_goal_without_jit"));
  }

  @Test
  void suiteCostRatioJoinsTheRatios() throws Exception {
    var parts =
        BenchParts.JSON.readTree(
            "{\"suite-cost\": {\"suite_to_bare_ratio\": 1.18}, \"capacity\": {}}");
    assertEquals(Map.of("suite_cpu_per_request_to_bare", 1.18), Ratios.of(parts));
  }
}

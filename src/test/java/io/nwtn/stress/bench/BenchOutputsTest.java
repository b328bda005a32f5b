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

  private static final String PINNED_REFERENCE_RUN =
      "pipeline 2000 ms per request, 3 requests per connection, 1 cores, load average 1.2\n"
          + "layout pinned: target on CPU 1 (taskset -c 1), load generator on CPU 0 (taskset -c 0)\n"
          + "target: reference orchestrator at http://127.0.0.1:40001; pinned: ...\n"
          + " 5000 in flight, round 1 of 3:   15000 answers, 0 failed, 1830 req/s; added latency"
          + " ms: P50 0.62, P99 3.73, P99.9 14.07, max 20.99; P99 goal < 10 ms: met\n"
          + " 5000 in flight, round 2 of 3:   15000 answers, 0 failed, 1655 req/s; added latency"
          + " ms: P50 0.70, P99 23.70, P99.9 45.06, max 52.35; P99 goal < 10 ms: not met; CPU"
          + " steal cpu0 0.3 %, cpu1 4.5 %\n"
          + " 5000 in flight, round 3 of 3:   15000 answers, 0 failed, 1801 req/s; added latency"
          + " ms: P50 0.65, P99 9.99, P99.9 12.00, max 15.00; P99 goal < 10 ms: met\n";

  @Test
  void referenceRoundsAreJudgedOneByOneAgainstTheGoalAtFiveThousandInFlight() {
    List<Map<String, Object>> levels = ReferenceFigures.levels(PINNED_REFERENCE_RUN);
    assertEquals(3, levels.size());
    assertEquals(2, levels.get(1).get("round"));
    assertEquals(false, levels.get(1).get("p99_goal_met"));
    assertEquals(10.0, levels.get(0).get("p99_goal_ms"));
    assertEquals(Map.of("cpu0", 0.3, "cpu1", 4.5), levels.get(1).get("cpu_steal_percent"));
    assertEquals(null, levels.get(0).get("cpu_steal_percent"));
    Map<String, Object> goal = ReferenceFigures.goal(levels);
    assertEquals(3, goal.get("rounds"));
    assertEquals(2L, goal.get("rounds_met"));
    assertEquals(List.of(3.73, 23.70, 9.99), goal.get("round_p99_ms"));
    assertEquals(false, goal.get("met_in_every_round"));
    assertEquals("pinned", ReferenceFigures.layout(PINNED_REFERENCE_RUN).get("layout"));
    assertEquals("unknown", ReferenceFigures.layout("no layout line\n").get("layout"));
  }

  @Test
  void everyPinnedGoalIsListedWithItsLayoutFigureAndVerdict() throws Exception {
    String parts =
        """
        { "fidelity": { "layout": { "layout": "pinned" }, "users": 2000,
            "percentiles": [ {}, { "suite_reported_ms": 1361.0, "server_truth_ms": 1357.8,
              "allowed_ms": 15.578, "within_goal": true } ] },
          "capacity": { "layout": { "layout": "shared" }, "think_time_users": {
            "levels": [
              { "users": 2000, "steady_p99_ms": 3.0, "steady_p99_allowed_ms": 5.0,
                "steady_p99_goal_met": true, "platform_hiccups": { "p99_ms": 1.2 } },
              { "users": 10000, "steady_p99_ms": 9.0, "steady_p99_allowed_ms": 8.5,
                "steady_p99_goal_met": false, "platform_hiccups": { "p99_ms": 6.5 } } ],
            "generator_cpu_share": { "users": 2000, "share_of_one_core": 0.31, "goal_met": false } } },
          "reference": { "layout": { "layout": "pinned" },
            "goal": { "in_flight": 5000, "p99_below_ms": 10.0 },
            "added_latency": [
              { "in_flight": 1000, "round": 1, "added_p99_ms": 50.0 },
              { "in_flight": 5000, "round": 1, "added_p99_ms": 3.7 },
              { "in_flight": 5000, "round": 2, "added_p99_ms": 23.7 } ] } }
        """;
    List<Map<String, Object>> goals = PinnedGoals.of(BenchParts.JSON.readTree(parts));
    assertEquals(
        List.of(true, true, false, false, true, false),
        goals.stream().map(g -> g.get("met")).toList());
    assertEquals(
        List.of("pinned", "shared", "shared", "shared", "pinned", "pinned"),
        goals.stream().map(g -> g.get("layout")).toList());
    assertEquals("0.31 of one core", goals.get(3).get("measured"));
    assertEquals("23.7 ms", goals.get(5).get("measured"));
  }

  @Test
  void theGeneratorsCpuShareIsTakenOverTheSamplesInsideTheSteadyWindow() {
    ProcessWatch.Usage usage =
        new ProcessWatch.Usage(
            0,
            30.0,
            1L,
            40.0,
            List.of(
                new ProcessWatch.Sample(1_000, 5.0),
                new ProcessWatch.Sample(11_000, 7.0),
                new ProcessWatch.Sample(21_000, 9.5),
                new ProcessWatch.Sample(31_000, 30.0)));
    assertEquals(0.25, usage.coresBetween(10_000, 25_000), 1e-9);
    assertEquals(Double.NaN, usage.coresBetween(10_000, 12_000));
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

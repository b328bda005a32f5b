package io.nwtn.stress.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison against real runs of the reference orchestrator: two runs with the same settings
 * compare clean, and a run whose pipeline is 1.5 times slower is flagged.
 */
@SlowTest
class ReferenceRunsCompareTest {

  // The default pipeline times (0.3 s to 1.2 s), so on a busy machine the simulated work, not CPU
  // contention, decides the response times; each run takes about five seconds.
  static final double DEFAULT = 1.0;
  static final int REQUESTS = 300;
  static final int USERS = 60;

  @TempDir Path dir;

  @Test
  void sameSettingsCompareCleanAndALatencyFactorOfOnePointFiveIsFlagged() throws Exception {
    // The first run in a JVM pays for class loading and JIT compilation; it is not compared.
    ReferenceRuns.run("warm-up", DEFAULT, REQUESTS / 2, USERS, dir);
    Path a = ReferenceRuns.run("run-a", DEFAULT, REQUESTS, USERS, dir);
    Path b = ReferenceRuns.run("run-b", DEFAULT, REQUESTS, USERS, dir);
    Path slow = ReferenceRuns.run("run-slow", DEFAULT * 1.5, REQUESTS, USERS, dir);
    // Throughput of runs this short on a shared machine swings with other load; latency is judged.
    String loose = "--throughput-tolerance";
    CompareMainTest.Outcome same =
        CompareMainTest.compare(a.toString(), b.toString(), loose, "60%");
    assertEquals(0, same.code(), same.out());
    CompareMainTest.Outcome slower =
        CompareMainTest.compare(a.toString(), slow.toString(), loose, "60%");
    assertEquals(1, slower.code(), slower.out());
    for (String figure : new String[] {"p50_latency_ms", "p95_latency_ms", "avg_latency_ms"}) {
      assertTrue(
          CompareMainTest.line(slower.out(), figure).contains("REGRESSION (KS"), slower.out());
    }
  }
}

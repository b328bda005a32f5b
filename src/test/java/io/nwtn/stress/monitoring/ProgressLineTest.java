package io.nwtn.stress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nwtn.stress.verdict.Compliance;
import io.nwtn.stress.verdict.ComplianceCheck;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  static Compliance verdict(boolean concurrencyMet) {
    return new Compliance(
        List.of(
            new ComplianceCheck("p95_latency", "P95", "latency", "<", 2000, 812, true),
            new ComplianceCheck(
                "max_concurrent_users", "users", "concurrency", ">=", 1000, 640, concurrencyMet)));
  }

  @Test
  void onePlainLineWithEveryFigure() {
    ProgressLine line =
        new ProgressLine(
            80_000,
            420_000,
            "steady",
            640,
            1000,
            2453,
            10.0,
            812,
            790,
            2000,
            0.004,
            0.002,
            "closed",
            verdict(false));
    assertEquals(
        "NWTN 1m20s/7m00s steady | users 640/1000 | 245.3 req/s | P95 812 ms window, 790 ms run"
            + " (limit 2000 ms) | errors 0.4% window, 0.2% run | breaker closed"
            + " | so far FAILED (max_concurrent_users)",
        line.render());
  }

  @Test
  void anEmptyWindowHasNoPercentile() {
    String line =
        new ProgressLine(
                5_000, 20_000, "ramp-up", 3, 10, 0, 10.0, 0, 0, 2000, 0, 0, null, verdict(true))
            .render();
    assertEquals(
        "NWTN 0m05s/0m20s ramp-up | users 3/10 | 0.0 req/s | P95 - window, 0 ms run (limit 2000"
            + " ms) | errors 0.0% window, 0.0% run | breaker unknown | so far PASSED",
        line);
  }
}

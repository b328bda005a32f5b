package io.nwtn.stress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.capacity.CapacityReport;
import io.nwtn.stress.capacity.LevelResult;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.report.CapacityOutput;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.testing.ReportFieldNames;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import io.nwtn.stress.verdict.ComplianceCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capacity search's report files: the levels, the answer, and the page that draws them. */
class CapacityPageTest {

  @TempDir Path dir;

  static LevelResult level(int users, long p95, double success) {
    Limits l = Limits.phase1();
    List<ComplianceCheck> checks =
        List.of(
            ComplianceCheck.below("p95_latency", "P95 latency (ms)", "latency", 2000, p95),
            ComplianceCheck.atLeast("success_rate", "success rate", "success_rate", 0.95, success));
    return new LevelResult(
        users,
        1_000,
        61_000,
        users * 10L,
        Math.round(users * 10 * success),
        users / 6.0,
        p95 / 2,
        p95,
        p95 + 50,
        p95 / 2.0,
        success,
        0,
        1.0,
        Map.of(),
        Map.of(),
        checks);
  }

  static CapacityReport report() {
    CapacitySettings s =
        new CapacitySettings(
            100,
            new CapacitySettings.Step(1.5, 0),
            4000,
            Duration.ofSeconds(10),
            Duration.ofSeconds(60),
            true,
            0.1,
            4,
            CapacitySettings.Coordinator.LOCAL);
    return new CapacityReport(
        "capacity-run",
        "http://127.0.0.1:8000",
        1000,
        s,
        Limits.phase1(),
        List.of(
            level(100, 800, 1.0),
            level(150, 900, 1.0),
            level(225, 2400, 0.97),
            level(187, 1500, 0.99)),
        true);
  }

  @Test
  void resultsHoldEveryLevelAndTheAnswer() throws Exception {
    CapacityOutput.write(report(), dir);
    JsonNode r =
        ReportFiles.mapper()
            .readTree(dir.resolve("capacity-run").resolve(ReportFiles.CAPACITY).toFile());
    assertEquals(4, r.get("levels").size());
    assertEquals(187, r.get("max_passing_users").asInt());
    assertEquals(225, r.get("first_failing_level").asInt());
    assertEquals("p95_latency", r.get("first_failing_check").asText());
    assertFalse(r.get("meets_requirement").asBoolean());
    assertEquals(0.187, r.get("headroom_ratio").asDouble());
    assertEquals("FAILED", r.get("verdict").asText());
    assertEquals(1, report().exitCode());
    ReportSchemas.assertValid(dir.resolve("capacity-run").resolve(ReportFiles.CAPACITY));
    ReportFieldNames.assertSnakeCase(r, "capacity results");
  }

  @Test
  @SlowTest
  void thePageDrawsBothChartsInHeadlessChromium() throws Exception {
    Optional<HeadlessChromium> chromium = HeadlessChromium.find();
    assumeTrue(chromium.isPresent(), "chromium is not installed: run make install-browser");
    CapacityOutput.write(report(), dir);
    HeadlessChromium.Result page =
        chromium.get().dumpDom(dir.resolve("capacity-run").resolve(ReportFiles.CAPACITY_PAGE));
    assertEquals(0, page.exitCode(), page.stderr());
    assertTrue(page.stdout().contains("data-rendered=\"ok\""), page.stdout());
    assertTrue(page.stdout().contains("data-charts=\"2\""), page.stdout());
    assertFalse(page.stdout().contains("data-errors"), page.stdout());
    assertTrue(page.stdout().contains("Capacity: 187 users pass Phase 1 (required 1000)"));
  }
}

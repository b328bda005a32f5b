package io.nwtn.stress.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.SlowTest;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a simulation wired to the report the way {@code mvn gatling:test} runs one, in its own JVM
 * under Gatling's {@code main}, against a reference orchestrator whose agents are slowed eightfold
 * (P95 above 2 s): the process must exit 1 (FAILED) although Gatling's HTML report is written, and
 * the NWTN reports must hold exactly the figures of {@code simulation.log}.
 */
@SlowTest
class VerdictExitCodeEndToEndTest {

  static final String SECRET = "e2e-secret-7f3a9c";

  @TempDir static Path dir;
  static int exitCode;
  static String console;
  static Path runFolder;
  static final List<Long> logTimes = Collections.synchronizedList(new ArrayList<>());
  static long logOk;

  @BeforeAll
  static void runAgainstAFaultyOrchestrator() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path out = dir.resolve("console.txt");
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            "-Dprofile=smoke",
            "-Dnwtn.monitoring.port=0",
            "-Durl=http://127.0.0.1:" + port,
            "-Dnwtn.load.ramp-up=2s",
            "-Dnwtn.load.steady=4s",
            "-Dnwtn.load.ramp-down=2s",
            "-Dnwtn.load.think-time.min=200ms",
            "-Dnwtn.load.think-time.max=400ms",
            "-Dnwtn.reference.faults.latency-factor=8",
            "-Dnwtn.report.output-dir=" + dir.resolve("nwtn"),
            "io.gatling.app.Gatling",
            "-s",
            VerdictProbeSimulation.class.getName(),
            "-rf",
            dir.resolve("gatling").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd);
    // the suite's token must show up nowhere
    pb.environment().put("NWTN_API_TOKEN", SECRET);
    pb.environment().remove("NWTN_REFERENCE_TOKEN");
    try (BoundedProcess p = BoundedProcess.start(pb, out, null)) {
      exitCode = p.awaitExit(Duration.ofSeconds(150));
      console = p.out();
    }
    try (Stream<Path> runs = Files.list(dir.resolve("gatling"))) {
      runFolder = runs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    SimulationLogReader.read(
        runFolder.resolve("simulation.log"),
        new LogVisitor() {
          @Override
          public void request(LogRecord.Request r) {
            logTimes.add(r.responseTimeMs());
            logOk += r.ok() ? 1 : 0;
          }
        });
  }

  private static JsonNode report(String name) throws Exception {
    return new ObjectMapper().readTree(dir.resolve("nwtn/latest").resolve(name).toFile());
  }

  @Test
  void failedVerdictEndsTheGatlingProcessWithOneAfterItsHtmlReport() {
    assertEquals(1, exitCode, console);
    assertTrue(Files.isRegularFile(runFolder.resolve("index.html")), "Gatling's HTML report");
    assertTrue(console.contains("NWTN verdict FAILED: P95 latency"), console);
    assertTrue(console.contains("❌ P95 latency"), console);
    assertTrue(console.contains("🔴 P95 latency ("), console);
    assertFalse(console.contains("\tat "), "no stack trace");
  }

  @Test
  void resultsHoldTheExactFiguresOfTheLog() throws Exception {
    JsonNode r = report("nwtn_stress_test_results.json");
    List<Long> sorted = new ArrayList<>(logTimes);
    Collections.sort(sorted);
    int n = sorted.size();

    assertTrue(n >= 10, "requests: " + n);
    assertEquals(n, r.get("total_requests").asLong());
    assertEquals(logOk, r.get("successful_requests").asLong());
    assertEquals(n - logOk, r.get("failed_requests").asLong());
    // the smallest time with at least 95 % of the requests at or below it
    assertEquals(sorted.get((int) Math.ceil(0.95 * n) - 1), r.get("p95_latency_ms").asLong());
    assertEquals(sorted.get(n - 1), r.get("max_latency_ms").asLong());
    assertEquals(10, r.get("max_concurrent_users").asLong());
    assertEquals("FAILED", r.get("verdict").asText());
    assertFalse(r.get("phase1_latency_compliance").asBoolean());
    assertTrue(r.get("p95_latency_ms").asLong() >= 2000);
  }

  @Test
  void timelineAndErrorBreakdownAccountForEveryRequest() throws Exception {
    long completed = 0;
    for (JsonNode s : report("performance_timeline.json").get("seconds")) {
      completed += s.get("requests_completed").asLong();
    }
    long categorised = 0;
    for (JsonNode c : report("error_breakdown.json").get("categories")) {
      categorised += c.get("count").asLong();
    }
    assertEquals(logTimes.size(), completed);
    assertEquals(logTimes.size() - logOk, categorised);
  }

  @Test
  void theTokenAppearsInNoOutputAndNoReport() throws Exception {
    assertFalse(console.contains(SECRET));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Stream.concat(Files.walk(dir.resolve("nwtn")), Files.list(runFolder))) {
      all.filter(f -> f.toString().endsWith(".json")).forEach(files::add);
    }
    assertTrue(files.contains(runFolder.resolve("nwtn-sidecar.json")), files.toString());
    for (Path f : files) {
      assertFalse(Files.readString(f).contains(SECRET), f.toString());
    }
  }
}

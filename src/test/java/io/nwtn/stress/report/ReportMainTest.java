package io.nwtn.stress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.RunFolders;
import io.nwtn.stress.testing.Samples;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportMainTest extends ReportMainCase {

  /**
   * The planned log of {@link LogMetricsTest} (100 requests, 1 failed, 10 users) with a sidecar
   * that saw two answers: one with {@code failureCode} as its failure.
   */
  private Path plannedRun(int concurrency, String failureCode) throws Exception {
    return RunFolders.withSidecar(
        RunFolders.planned(dir.resolve("gatling")),
        concurrency,
        List.of(
            Samples.ok(QueryClass.SIMPLE, RunFolders.START, 40, 0.01),
            Samples.failed(QueryClass.SIMPLE, RunFolders.START + 80, 503, failureCode, null)));
  }

  @Test
  void runMeetingItsLimitsPassesAndWritesTheThreeReportsTwice() throws Exception {
    assertEquals(0, run(plannedRun(10, "overloaded").toString()), err());

    Path reports = dir.resolve("nwtn/planned-run");
    for (String f : List.of(ReportFiles.RESULTS, ReportFiles.TIMELINE, ReportFiles.ERRORS)) {
      assertEquals(
          -1, Files.mismatch(reports.resolve(f), dir.resolve("nwtn/latest").resolve(f)), f);
    }
    try (Stream<Path> files = Files.list(reports)) {
      // The three reports, the dashboard and the compliance JUnit XML.
      assertEquals(5, files.count(), "no temporary files left behind");
    }
    String console = out();
    assertTrue(console.contains("PASSED"), console);
    assertTrue(console.contains("✅ P95 latency (ms): 95 (required < 2000)"), console);
    assertTrue(console.contains(reports.resolve(ReportFiles.RESULTS).toString()), console);
  }

  @Test
  void resultsKeepPrsmsFieldNamesAndAccountForEveryRequest() throws Exception {
    run(plannedRun(10, "overloaded").toString());
    JsonNode r = report(ReportFiles.RESULTS);

    for (String field :
        List.of(
            "test_config",
            "start_time",
            "end_time",
            "duration_seconds",
            "total_requests",
            "successful_requests",
            "failed_requests",
            "success_rate",
            "avg_latency_ms",
            "p50_latency_ms",
            "p95_latency_ms",
            "p99_latency_ms",
            "max_latency_ms",
            "max_concurrent_users",
            "peak_rps",
            "avg_rps",
            "phase1_latency_compliance",
            "phase1_concurrency_compliance",
            "phase1_success_rate_compliance",
            "phase1_overall_compliance",
            "agent_performance",
            "orchestrator_metrics",
            "system_metrics",
            "error_breakdown",
            "circuit_breaker_activations",
            "performance_recommendations",
            "performance_rating",
            "compliance_checks",
            "query_class_results",
            "ftns_accounting",
            "gatling_p95_latency_ms")) {
      assertTrue(r.has(field), field);
    }
    // the sidecar saw 2 answers; the log's 100 requests are the authoritative count
    assertEquals(100, r.get("total_requests").asLong());
    assertEquals(99, r.get("successful_requests").asLong());
    assertEquals(1, r.get("failed_requests").asLong());
    assertEquals(95, r.get("p95_latency_ms").asLong());
    assertEquals(10, r.get("max_concurrent_users").asLong());
    assertEquals("excellent", r.get("performance_rating").asText());
    assertEquals(1, r.get("error_breakdown").get("http_503_overloaded").asLong());
    assertEquals(8, r.get("compliance_checks").size());
    assertFalse(r.get("agent_performance").isEmpty());
    for (JsonNode agent : r.get("agent_performance")) {
      for (String field :
          List.of("avg_time", "median_time", "p95_time", "max_time", "execution_count")) {
        assertTrue(agent.has(field), "agent_performance field " + field);
      }
    }
  }

  @Test
  void timelineHasEverySecondAndErrorsAddUpToTheFailedRequests() throws Exception {
    run(plannedRun(10, "overloaded").toString());
    JsonNode seconds = report(ReportFiles.TIMELINE).get("seconds");
    JsonNode errors = report(ReportFiles.ERRORS);

    assertEquals(6, seconds.size(), "seconds 0..5 of a 5 s run");
    assertEquals(10, seconds.get(0).get("active_users").asLong());
    assertEquals("ramp-up", seconds.get(0).get("phase").asText());
    assertEquals("steady", seconds.get(1).get("phase").asText());
    long completed = 0;
    for (JsonNode s : seconds) {
      completed += s.get("requests_completed").asLong();
    }
    assertEquals(100, completed);
    assertEquals(1, errors.get("failed_requests").asLong());
    JsonNode first = errors.get("categories").get(0);
    assertEquals("http_503_overloaded", first.get("category").asText());
    assertEquals(1, first.get("count").asLong());
  }

  @Test
  void concurrencyBelowTheRequirementFailsWithTheReason() throws Exception {
    assertEquals(1, run(plannedRun(11, "overloaded").toString()));
    assertTrue(
        err().contains("NWTN verdict FAILED: concurrent users sustained 10 (required >= 11)"),
        err());
  }

  @Test
  void circuitBreakerAnswersFailTheRun() throws Exception {
    assertEquals(1, run(plannedRun(10, "circuit_breaker_open").toString()));
    assertTrue(err().contains("circuit breaker activations 1 (required == 0)"), err());
    assertFalse(report(ReportFiles.RESULTS).get("phase1_success_rate_compliance").asBoolean());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--bogus", "missing-folder", "empty-folder", "latest"})
  void badArgumentsExitTwoWithOneLine(String arg) throws Exception {
    Files.createDirectories(dir.resolve("empty-folder"));
    String[] args =
        switch (arg) {
          case "" -> new String[0];
          case "--bogus" -> new String[] {"--bogus", "x"};
          case "latest" -> new String[] {"latest"};
          default -> new String[] {dir.resolve(arg).toString()};
        };
    assertEquals(2, run(args));
    assertEquals(1, err().strip().lines().count(), err());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7, 40, 1000})
  void truncatedLogExitsThreeNamingTheFileAndOffset(int keep) throws Exception {
    Path folder = plannedRun(10, "overloaded");
    Path log = folder.resolve("simulation.log");
    byte[] bytes = Files.readAllBytes(log);
    Files.write(log, java.util.Arrays.copyOf(bytes, Math.min(keep, bytes.length - 3)));

    assertEquals(3, run(folder.toString()));
    String e = err();
    assertTrue(e.contains(log.toString()) && e.contains("at byte"), e);
    assertFalse(e.contains("\tat "), "no stack trace without --verbose: " + e);
    assertFalse(Files.exists(dir.resolve("nwtn/planned-run")), "nothing half-written");
  }

  @Test
  void corruptSidecarExitsTwo() throws Exception {
    Path folder = plannedRun(10, "overloaded");
    Files.writeString(folder.resolve(Sidecar.FILE_NAME), "{ not json");

    assertEquals(2, run(folder.toString()));
    assertTrue(err().contains(Sidecar.FILE_NAME), err());
  }

  @Test
  void aBadSettingIsReportedBeforeABadLogAndNothingIsWritten() throws Exception {
    Path folder = plannedRun(10, "overloaded");
    Path log = folder.resolve("simulation.log");
    Files.write(log, java.util.Arrays.copyOf(Files.readAllBytes(log), 40));
    System.setProperty("nwtn.report.sample-interval", "5ms");
    try {
      assertEquals(2, run(folder.toString()));
    } finally {
      System.clearProperty("nwtn.report.sample-interval");
    }
    assertTrue(err().startsWith("nwtn report: nwtn.report.sample-interval: "), err());
    assertEquals(1, err().strip().lines().count(), err());
    assertFalse(Files.exists(dir.resolve("nwtn/planned-run")), "nothing written");
  }

  @Test
  void aBadSidecarIsReportedBeforeABadLog() throws Exception {
    Path folder = plannedRun(10, "overloaded");
    Files.writeString(folder.resolve(Sidecar.FILE_NAME), "{ not json");
    Path log = folder.resolve("simulation.log");
    Files.write(log, java.util.Arrays.copyOf(Files.readAllBytes(log), 40));

    assertEquals(2, run(folder.toString()));
    assertTrue(err().contains(Sidecar.FILE_NAME) && !err().contains("at byte"), err());
  }

  @Test
  void latestGetsItsOwnDashboardWhenAnAgentValidationSitsThere() throws Exception {
    Path latest = Files.createDirectories(dir.resolve("nwtn/latest"));
    Files.writeString(
        latest.resolve("nwtn_agent_validation_results.json"),
        "{\"scenario_results\": [{\"name\": \"Simple Query\", \"success\": true}]}");
    assertEquals(0, run(plannedRun(10, "overloaded").toString()), err());

    String own = Files.readString(dir.resolve("nwtn/planned-run/index.html"));
    String beside = Files.readString(latest.resolve("index.html"));
    assertFalse(own.contains("Agent pipeline validation"), "the run's folder has no validation");
    assertTrue(beside.contains("Agent pipeline validation") && beside.contains("Simple Query"));
    assertEquals(
        -1,
        Files.mismatch(
            dir.resolve("nwtn/planned-run/nwtn-compliance-junit.xml"),
            latest.resolve("nwtn-compliance-junit.xml")));
  }

  @Test
  void withoutAValidationBothFoldersGetTheSamePage() throws Exception {
    assertEquals(0, run(plannedRun(10, "overloaded").toString()), err());
    Path own = dir.resolve("nwtn/planned-run/index.html");
    assertTrue(Files.readString(own).contains("planned-run"));
    assertEquals(-1, Files.mismatch(own, dir.resolve("nwtn/latest/index.html")));
  }

  /**
   * {@code make report} runs {@code deploy/nwtn.sh report}: a JVM of its own with the batch options
   * of {@code deploy/report.jvm}, exiting with the verdict's code.
   */
  @Test
  @SlowTest
  void theReportCommandRunsInItsOwnJvmAndExitsWithTheVerdict() throws Exception {
    Path passing = plannedRun(10, "overloaded");
    Command ok = command(passing.toString());
    assertEquals(0, ok.exit(), ok.output());
    assertTrue(ok.output().contains("-XX:TieredStopAtLevel=1"), ok.output());
    assertTrue(ok.output().contains("-XX:+UseSerialGC"), ok.output());
    assertTrue(ok.output().contains("PASSED"), ok.output());
    assertTrue(Files.isRegularFile(dir.resolve("nwtn/planned-run/index.html")));

    Command failed = command(plannedRun(11, "overloaded").toString());
    assertEquals(1, failed.exit(), failed.output());
    assertTrue(failed.output().contains("NWTN verdict FAILED"), failed.output());

    Command missing = command(dir.resolve("no-such-run").toString());
    assertEquals(2, missing.exit(), missing.output());
    assertTrue(missing.output().contains("no such run folder"), missing.output());
  }

  private record Command(int exit, String output) {}

  private Command command(String run, String... opts) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", "deploy/nwtn.sh", "report", run);
    pb.environment().put("NWTN_CLASSPATH", System.getProperty("java.class.path"));
    pb.environment().put("NWTN_OUTPUT_DIR", dir.resolve("nwtn").toString());
    pb.environment().put("JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    pb.environment()
        .put(
            "NWTN_OPTS",
            "-Dnwtn.report.gatling-results="
                + dir.resolve("gatling")
                + " "
                + String.join(" ", opts));
    BoundedProcess.Result r = BoundedProcess.run(pb, Duration.ofSeconds(60));
    return new Command(r.exitCode(), r.output());
  }

  @Test
  void latestPicksTheNewestRunFolder() throws Exception {
    plannedRun(10, "overloaded");
    assertEquals(0, run("latest"), err());
  }
}

package simulations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.launch.ExitPath;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the stress simulation with the smoke profile (10 users, 5 s / 10 s / 5 s, think times
 * shortened to 300-600 ms) through Gatling against a reference orchestrator on port 0, and checks
 * from every request the simulation recorded that the run did what the settings asked.
 */
@SlowTest
class NwtnStressSimulationTest {

  static final int USERS = 10;
  static final long RAMP_UP = 5_000, STEADY = 10_000, RAMP_DOWN = 5_000;
  static final long THINK_MIN = 300, THINK_MAX = 600;

  /** Scheduling and timer slack of a shared machine. */
  static final long SLACK = 400;

  @TempDir static Path results;
  static final ConcurrentLinkedQueue<SessionSample> samples = new ConcurrentLinkedQueue<>();
  static int exitCode;
  static Map<String, List<SessionSample>> byUser;
  static long t0;

  @BeforeAll
  static void run() {
    Map<String, String> props =
        Map.of(
            "profile",
            "smoke",
            "nwtn.load.think-time.min",
            THINK_MIN + "ms",
            "nwtn.load.think-time.max",
            THINK_MAX + "ms",
            "nwtn.target.embedded",
            "never",
            // the schedule checks below are about Phase 1 queries alone
            "nwtn.error-injection.enabled",
            "false",
            "nwtn.report.gatling-results",
            results.toString(),
            "nwtn.report.output-dir",
            results.resolve("nwtn").toString());
    ReferenceSettings reference =
        ReferenceSettings.fromConfig(
            ConfigFactory.parseString("nwtn.reference.auth.token = \"\"")
                .withFallback(ConfigFactory.parseResources("reference.conf"))
                .resolve());
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(reference, "127.0.0.1", 0)) {
      System.setProperty("url", server.baseUri().toString());
      props.forEach(System::setProperty);
      Recording.install(samples::add);
      exitCode =
          ExitPath.runInThisJvm(
              new String[] {"-s", NwtnStressSimulation.class.getName(), "-rf", results.toString()});
    } finally {
      Recording.install(null);
      // Gatling's config loading caches system properties inside ConfigFactory; drop them.
      ConfigFactory.invalidateCaches();
      System.clearProperty("url");
      props.keySet().forEach(System::clearProperty);
    }
    byUser = samples.stream().collect(Collectors.groupingBy(s -> s.response().userId()));
    byUser
        .values()
        .forEach(list -> list.sort(Comparator.comparingLong(SessionSample::startEpochMs)));
    // The injection start, from every arrival: the very first request pays one-off warm-up costs.
    t0 =
        java.util.stream.IntStream.range(0, USERS)
            .mapToLong(k -> firstOf(k).startEpochMs() - RAMP_UP * k / USERS)
            .sorted()
            .skip(USERS / 2)
            .findFirst()
            .orElseThrow();
  }

  @AfterAll
  static void reset() {
    Recording.install(null);
  }

  @Test
  void gatlingPassesItsAssertionsAndWritesItsHtmlReport() throws IOException {
    assertEquals(0, exitCode);
    try (Stream<Path> files = Files.walk(results)) {
      assertTrue(files.anyMatch(p -> p.getFileName().toString().equals("index.html")));
    }
  }

  @Test
  void theReportsMeetTheirPublishedSchemasAndNameTheTarget() {
    Path reports = results.resolve("nwtn").resolve(ReportFiles.LATEST);
    ReportSchemas.assertValidFolder(reports, 3);
    JsonNode r = ReportSchemas.read(reports.resolve(ReportFiles.RESULTS));
    // the test started the reference orchestrator itself: the run found it answering, named
    assertEquals("standalone-reference", r.get("target_kind").asText());
    assertEquals(USERS, r.at("/test_config/max_concurrent_users").asInt());
    assertEquals(
        r.get("total_requests").asLong(),
        r.at("/orchestrator_metrics/request_distribution/simple").asLong()
            + r.at("/orchestrator_metrics/request_distribution/medium").asLong()
            + r.at("/orchestrator_metrics/request_distribution/complex").asLong());
    assertTrue(r.at("/system_metrics/avg_disk_percent").asDouble() > 0, r.toString());
  }

  @Test
  void everyRequestSucceededAndCarriesItsUsersId() {
    assertTrue(samples.size() > 50, "requests: " + samples.size());
    assertTrue(samples.stream().allMatch(SessionSample::ok));
    assertEquals(USERS, byUser.size(), byUser.keySet().toString());
    for (int u = 1; u <= USERS; u++) {
      assertTrue(byUser.containsKey(String.format("stress_user_%04d", u)), "user " + u);
    }
  }

  @Test
  void eachRequestCarriesItsClassAllocationAndExpectedAgents() {
    for (SessionSample s : samples) {
      QueryClass qc = s.queryClass();
      assertEquals(qc.wireName(), s.response().metadata().get("complexity"));
      assertTrue(s.response().contextUsed() <= qc.contextAllocation(), "context within allocation");
      List<String> agents =
          s.response().reasoningTrace().stream().map(step -> step.agentType()).toList();
      assertEquals(qc.expectedAgents().stream().map(a -> a.wireName()).toList(), agents);
    }
  }

  @Test
  void classMixFollowsTheWeights() {
    Map<QueryClass, Long> counts =
        samples.stream()
            .collect(Collectors.groupingBy(SessionSample::queryClass, Collectors.counting()));
    double n = samples.size();
    // Wide enough for a random draw of ~150 requests, narrow enough to catch a wrong weight.
    assertEquals(0.40, counts.get(QueryClass.SIMPLE) / n, 0.15, counts.toString());
    assertEquals(0.40, counts.get(QueryClass.MEDIUM) / n, 0.15, counts.toString());
    assertEquals(0.20, counts.get(QueryClass.COMPLEX) / n, 0.12, counts.toString());
  }

  @Test
  void eachUserThinksWithinTheConfiguredRangeBetweenQueries() {
    for (List<SessionSample> queries : byUser.values()) {
      for (int i = 1; i < queries.size(); i++) {
        long think = queries.get(i).startEpochMs() - queries.get(i - 1).endEpochMs();
        assertTrue(think >= THINK_MIN - 5 && think <= THINK_MAX + SLACK, "think " + think + "ms");
      }
    }
  }

  @Test
  void usersArriveEvenlyOverTheRampUp() {
    for (int k = 0; k < USERS; k++) {
      long first = firstOf(k).startEpochMs() - t0;
      long expected = RAMP_UP * k / USERS;
      assertEquals(expected, first, SLACK, "arrival of user " + (k + 1));
    }
  }

  @Test
  void allUsersStayThroughTheSteadyStateAndLeaveEvenlyOverTheRampDown() {
    long cycleMax =
        THINK_MAX + 3_000; // think time plus the slowest answer of the reference pipeline
    for (int k = 0; k < USERS; k++) {
      long leave = RAMP_UP + STEADY + RAMP_DOWN * (k + 1) / USERS;
      List<SessionSample> queries = byUser.get(String.format("stress_user_%04d", k + 1));
      SessionSample last = queries.get(queries.size() - 1);
      assertTrue(last.startEpochMs() - t0 <= leave + SLACK, "user " + (k + 1) + " stayed too long");
      assertTrue(last.endEpochMs() - t0 >= leave - cycleMax, "user " + (k + 1) + " left too early");
    }
    long lastStartOfFirstUser = lastOf(0).startEpochMs();
    long lastStartOfLastUser = lastOf(USERS - 1).startEpochMs();
    assertTrue(
        lastStartOfLastUser - lastStartOfFirstUser >= RAMP_DOWN / 2,
        "ramp-down: users must leave over time, not at once");
  }

  @Test
  void requestCountMatchesTheUsersTimeOnline() {
    // Each user loops answer + think time from arrival to leaving; the count must fit that budget.
    for (List<SessionSample> queries : byUser.values()) {
      long online = queries.get(queries.size() - 1).endEpochMs() - queries.get(0).startEpochMs();
      long busy =
          queries.stream().mapToLong(s -> s.endEpochMs() - s.startEpochMs()).sum()
              + (queries.size() - 1) * THINK_MIN;
      assertTrue(busy <= online + SLACK, "more requests than the user had time for");
      long idleMax = (queries.size() - 1) * (THINK_MAX + SLACK);
      assertTrue(online - busy <= idleMax, "fewer requests than the user had time for");
    }
  }

  private static SessionSample firstOf(int k) {
    return byUser.get(String.format("stress_user_%04d", k + 1)).get(0);
  }

  private static SessionSample lastOf(int k) {
    List<SessionSample> q = byUser.get(String.format("stress_user_%04d", k + 1));
    return q.get(q.size() - 1);
  }
}

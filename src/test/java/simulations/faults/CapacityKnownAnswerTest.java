package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.launch.ExitPath;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import simulations.NwtnCapacitySimulation;

/**
 * The capacity search against a target whose capacity is known: a reference orchestrator that runs
 * at most C pipelines and queues none answers {@code 503 overloaded} beyond them. By Little's law U
 * users thinking T on average with answers taking R keep U·R/(T+R) pipelines in flight; Engset's
 * loss formula (Erlang's for a finite population) gives the share of requests that find all C busy
 * at that load, and the knee is where that share reaches 1 − the success-rate limit. The search's
 * answer must fall within one refinement step of it; a target with ample capacity passes up to the
 * maximum.
 */
@SlowTest
class CapacityKnownAnswerTest {

  static final int PIPELINES = 40;
  static final double THINK_MEAN_S = 1.0;

  @TempDir Path dir;

  private JsonNode search(Map<String, String> props, String referenceConf) throws Exception {
    ReferenceSettings settings = References.settings(referenceConf);
    Map<String, String> all = new HashMap<>(props);
    all.put("profile", "smoke");
    all.put("nwtn.target.embedded", "never");
    all.put("nwtn.error-injection.enabled", "false");
    all.put("nwtn.report.gatling-results", dir.resolve("gatling").toString());
    all.put("nwtn.report.output-dir", dir.resolve("nwtn").toString());
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      all.put("url", server.baseUri().toString());
      all.forEach(System::setProperty);
      int exit =
          ExitPath.runInThisJvm(
              "-s",
              NwtnCapacitySimulation.class.getName(),
              "-rf",
              dir.resolve("gatling").toString());
      JsonNode results =
          new ObjectMapper()
              .readTree(dir.resolve("nwtn/latest").resolve(ReportFiles.CAPACITY).toFile());
      assertEquals(results.get("meets_requirement").asBoolean() ? 0 : 1, exit);
      ReportSchemas.assertValid(dir.resolve("nwtn/latest").resolve(ReportFiles.CAPACITY));
      assertTrue(
          Files.isRegularFile(dir.resolve("nwtn/latest").resolve(ReportFiles.CAPACITY_PAGE)));
      return results;
    } finally {
      all.keySet().forEach(System::clearProperty);
      ConfigFactory.invalidateCaches();
    }
  }

  // Refusals come in bursts (a few busy moments refuse many requests at once), so a level's success
  // rate is only as steady as its window is long: 40 pipelines and 12 s give each judged level
  // about
  // 1,000 answers, where 20 pipelines and 8 s (about 350) moved the measured knee by more than a
  // refinement step between runs on a busy machine.
  @Test
  void theKneeFallsWithinOneRefinementStepOfThePrediction() throws Exception {
    JsonNode r =
        search(
            Map.of(
                "nwtn.load.think-time.min", "500ms",
                "nwtn.load.think-time.max", "1500ms",
                "nwtn.requirements.concurrency", "200",
                "nwtn.capacity.start-users", "40",
                "nwtn.capacity.arrival", "2s",
                "nwtn.capacity.hold", "12s",
                "nwtn.capacity.max-refinements", "3"),
            "nwtn.reference { max-concurrent-pipelines = "
                + PIPELINES
                + ", queue-size = 0, faults.latency-factor = 0.5 }");
    int passing = r.get("max_passing_users").asInt();
    int failing = r.get("first_failing_level").asInt();
    double responseS = meanResponseOfPassingLevels(r) / 1000;
    int predicted = KneePrediction.users(PIPELINES, 0.05, THINK_MEAN_S, responseS);
    // the search's answer is a bracket; one refinement step (its precision) either side of it
    double step = 0.10 * passing;
    System.out.printf(
        "Known answer: Engset predicts the knee at %d users (C = %d, T = %.1f s, R = %.0f ms);"
            + " the search found %d to %d%n",
        predicted, PIPELINES, THINK_MEAN_S, responseS * 1000, passing, failing);
    assertTrue(
        predicted >= passing - step && predicted <= failing + step,
        "predicted knee "
            + predicted
            + " users (R = "
            + responseS
            + " s); the search found "
            + passing
            + " to "
            + failing);
    assertEquals("success_rate", r.get("first_failing_check").asText());
    assertFalse(r.get("meets_requirement").asBoolean());
    assertEquals("FAILED", r.get("verdict").asText());
  }

  /**
   * R: how long a pipeline holds one of the C places, in milliseconds: the time of the levels that
   * passed over their successful answers only, since a refusal holds none and comes back at once.
   */
  private static double meanResponseOfPassingLevels(JsonNode r) {
    double sum = 0;
    long n = 0;
    for (JsonNode l : r.get("levels")) {
      if (l.get("passed").asBoolean()) {
        sum += l.get("avg_latency_ms").asDouble() * l.get("requests").asLong();
        n += l.get("successful_requests").asLong();
      }
    }
    return sum / n;
  }

  @Test
  void ampleCapacityMeetsTheRequirementWithItsHeadroomUpToTheMaximum() throws Exception {
    JsonNode r =
        search(
            Map.of(
                "nwtn.load.think-time.min", "500ms",
                "nwtn.load.think-time.max", "1500ms",
                "nwtn.requirements.concurrency", "20",
                "nwtn.capacity.start-users", "10",
                "nwtn.capacity.step", "x2",
                "nwtn.capacity.max-users", "40",
                "nwtn.capacity.arrival", "1s",
                "nwtn.capacity.hold", "3s"),
            "nwtn.reference.faults.latency-factor = 0.2");
    assertEquals(3, r.get("levels").size());
    assertEquals(40, r.get("max_passing_users").asInt());
    assertTrue(r.get("meets_requirement").asBoolean());
    assertEquals(2.0, r.get("headroom_ratio").asDouble());
    assertTrue(r.get("capped_at_max_users").asBoolean());
    assertTrue(r.get("first_failing_level").isNull());
    assertEquals("PASSED", r.get("verdict").asText());
  }
}

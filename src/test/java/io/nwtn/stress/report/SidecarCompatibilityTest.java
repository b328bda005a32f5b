package io.nwtn.stress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.RunFolders;
import io.nwtn.stress.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sidecar is the suite's internal format and keeps its camelCase field names, so that one
 * written by an earlier version still loads; the reports made from it are PRSM's snake_case and
 * meet their schemas, saying what the old sidecar could not tell.
 */
class SidecarCompatibilityTest extends ReportMainCase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aSidecarWrittenBeforeTheKindOfTargetAndTheDiskWereRecordedStillLoads() throws Exception {
    Path folder =
        RunFolders.withSidecar(
            RunFolders.planned(dir.resolve("gatling")),
            10,
            List.of(Samples.ok(QueryClass.SIMPLE, RunFolders.START, 40, 0.01)));
    Path file = folder.resolve(Sidecar.FILE_NAME);
    ObjectNode old = (ObjectNode) JSON.readTree(file.toFile());
    old.remove("targetKind");
    old.putArray("resources")
        .addObject()
        .put("epochMs", RunFolders.START + 500)
        .put("cpuLoad", 0.25)
        .put("memoryUsedBytes", 3L << 30)
        .put("memoryTotalBytes", 8L << 30)
        .put("networkReceivedBytes", 10)
        .put("networkSentBytes", 20)
        .putNull("target");
    JSON.writeValue(file.toFile(), old);

    assertEquals(0, run(folder.toString()), err());

    Path reports = dir.resolve("nwtn/planned-run");
    ReportSchemas.assertValidFolder(reports, 3);
    JsonNode results = ReportSchemas.read(reports.resolve(ReportFiles.RESULTS));
    assertEquals("unknown", results.get("target_kind").asText());
    assertEquals(25.0, results.at("/system_metrics/avg_cpu_percent").asDouble());
    assertEquals(37.5, results.at("/system_metrics/max_memory_percent").asDouble());
    assertEquals(5.0, results.at("/system_metrics/min_available_memory_gb").asDouble());
    assertTrue(results.at("/system_metrics/avg_disk_percent").isNull());
    assertTrue(out().contains("(kind of target not recorded)"), out());
  }

  @Test
  void theTargetsMetricsAreReportedFromTheSidecarAndAnOlderSidecarSaysTheyWereNotRecorded()
      throws Exception {
    Path folder =
        RunFolders.withSidecar(
            RunFolders.planned(dir.resolve("gatling")),
            10,
            List.of(Samples.ok(QueryClass.SIMPLE, RunFolders.START, 40, 0.01)));
    assertEquals(0, run(folder.toString()), err());
    JsonNode old = report(ReportFiles.RESULTS).get("target_metrics");
    assertEquals("none", old.get("source").asText());
    assertEquals("not recorded by this run", old.get("detail").asText());

    Path file = folder.resolve(Sidecar.FILE_NAME);
    ObjectNode sidecar = (ObjectNode) JSON.readTree(file.toFile());
    ObjectNode target = sidecar.putObject("targetMetrics");
    target.put("source", "http://prsm:8000/metrics").put("runtime", "CPython 3.11.2");
    target.put("memoryLimitBytes", 1000L);
    for (int i = 0; i < 3; i++) {
      target
          .withArray("samples")
          .addObject()
          .put("epochMs", RunFolders.START + 1000L * i)
          .put("cpuSeconds", 2.0 + 0.5 * i)
          .put("residentBytes", 800 + 50 * i)
          .put("openFds", 12);
    }
    JSON.writeValue(file.toFile(), sidecar);
    assertEquals(0, run(folder.toString()), err());

    JsonNode t = report(ReportFiles.RESULTS).get("target_metrics");
    assertEquals("http://prsm:8000/metrics", t.get("source").asText());
    assertEquals(3, t.get("samples").asInt());
    assertEquals(50.0, t.get("max_cpu_percent").asDouble());
    assertEquals(900, t.get("max_resident_memory_bytes").asLong());
    assertEquals(90.0, t.get("max_memory_percent").asDouble());
    assertTrue(t.get("max_heap_used_bytes").isNull(), "no JVM: " + t);
    ReportSchemas.assertValidFolder(dir.resolve("nwtn/planned-run"), 3);
    assertTrue(
        report(ReportFiles.RESULTS).toString().contains("High memory usage on the target: 90.0%"));
  }

  @Test
  void theSidecarKeepsItsOwnFieldNamesWhileTheReportsAreSnakeCase() throws Exception {
    Path folder =
        RunFolders.withSidecar(
            RunFolders.planned(dir.resolve("gatling")),
            10,
            List.of(Samples.ok(QueryClass.SIMPLE, RunFolders.START, 40, 0.01)));
    run(folder.toString());

    JsonNode sidecar = JSON.readTree(folder.resolve(Sidecar.FILE_NAME).toFile());
    assertTrue(sidecar.at("/pipeline").has("missingAgents"), sidecar.at("/pipeline").toString());
    assertEquals("external", sidecar.get("targetKind").asText());
    JsonNode pipeline = report(ReportFiles.RESULTS).at("/orchestrator_metrics/pipeline");
    assertTrue(pipeline.has("missing_agents"), pipeline.toString());
    assertFalse(pipeline.has("missingAgents"), pipeline.toString());
  }

  @Test
  void aRunWithoutItsSidecarStillMeetsTheSchemas() throws Exception {
    Path folder = RunFolders.planned(dir.resolve("gatling"));

    assertEquals(3, run(folder.toString()), err()); // incomplete without its sidecar

    Path reports = dir.resolve("nwtn/planned-run");
    ReportSchemas.assertValidFolder(reports, 3);
    JsonNode results = ReportSchemas.read(reports.resolve(ReportFiles.RESULTS));
    assertEquals("unknown", results.get("target_kind").asText());
    assertTrue(results.at("/test_config/base_url").isNull());
    assertEquals(2000, results.at("/test_config/max_latency_ms").asLong());
    assertTrue(
        results
            .at("/performance_recommendations/0")
            .asText()
            .startsWith("❌ Phase 1 requirements not met: "),
        results.get("performance_recommendations").toString());
  }
}

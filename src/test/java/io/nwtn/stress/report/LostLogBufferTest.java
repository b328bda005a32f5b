package io.nwtn.stress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.analysis.RequestFigures;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.testing.RunFolders;
import io.nwtn.stress.testing.Samples;
import io.nwtn.stress.verdict.RunReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped before Gatling wrote its last log buffer: the recorder saw more requests than the
 * log holds, so the request figures come from the sidecar, and the run is never PASSED.
 */
class LostLogBufferTest {

  @TempDir Path dir;

  /** The planned log's 100 requests, and a recorder that saw 150: 147 fast, 3 slow failures. */
  private RunReport stoppedRun() throws Exception {
    Path folder = RunFolders.planned(dir.resolve("gatling"));
    List<SessionSample> answers = new ArrayList<>();
    for (int i = 0; i < 147; i++) {
      answers.add(Samples.ok(QueryClass.SIMPLE, RunFolders.START + i * 10, 10 + i % 7, 0.01));
    }
    for (int i = 0; i < 3; i++) {
      answers.add(
          Samples.failed(QueryClass.MEDIUM, RunFolders.START + 2000 + i, 503, "overloaded", null));
    }
    Completeness.mark(folder, "the run was stopped before its end");
    RunFolders.withSidecar(folder, 10, answers);
    return PostProcessor.judge(
        folder,
        () -> RunFolders.limits(1000, 10),
        ReportSettings.fromConfig(ConfigFactory.defaultReference()));
  }

  @Test
  void theRecordersFiguresStandInForTheLostRequests() throws Exception {
    RunReport r = stoppedRun();
    assertEquals(RequestFigures.SIDECAR, r.requests().source());
    assertEquals(150, r.metrics().total());
    assertEquals(147, r.metrics().ok());
    assertEquals(3, r.metrics().failed());
    assertEquals(3, r.errors().counts().get("http_503_overloaded"));
    assertEquals(RequestFigures.SIDECAR, r.errors().answeredSource());
  }

  @Test
  void theRunIsIncompleteAndSaysHowManyTheLogLost() throws Exception {
    RunReport r = stoppedRun();
    assertFalse(r.passed());
    assertEquals("INCOMPLETE", r.verdict());
    assertTrue(
        r.faults().completeness().reasons().stream()
            .anyMatch(s -> s.startsWith("simulation.log holds 100 of the 150 requests")),
        r.faults().completeness().reasons().toString());
  }
}

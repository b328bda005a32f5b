package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.testing.RunFolders;
import io.nwtn.stress.verdict.Compliance;
import io.nwtn.stress.verdict.ComplianceCheck;
import io.nwtn.stress.verdict.RunMetrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogMetricsTest {

  @Test
  void figuresAreExactAndEveryRequestIsCounted(@TempDir Path dir) throws Exception {
    LogAnalysis log = new LogAnalysis(1000);
    SimulationLogReader.read(RunFolders.planned(dir).resolve("simulation.log"), log);
    RunMetrics m = RunMetrics.compute(log, null, RunFolders.limits(1000, 10));

    assertEquals(100, m.total());
    assertEquals(99, m.ok());
    assertEquals(1, m.failed());
    assertEquals(m.total(), m.ok() + m.failed());
    assertEquals(50, m.p50Ms());
    assertEquals(95, m.p95Ms());
    assertEquals(99, m.p99Ms());
    assertEquals(100, m.maxMs());
    assertEquals(50.5, m.meanMs(), 1e-9);
    assertEquals(0.99, m.successRate(), 1e-9);
    assertEquals(10, m.maxConcurrentUsers());
    assertEquals(10, m.rampUpPeakUsers());
    assertEquals(25, m.rampUpRequests(), "requests started before 1 s");
    assertEquals(24 / 25.0, m.rampUpSuccessRate(), 1e-9);
    assertEquals(5.0, m.durationSeconds(), 1e-9);
  }

  @Test
  void concurrencyNotReachedByTheEndOfRampUpFailsTheRampUp(@TempDir Path dir) throws Exception {
    // users arrive one per second: by the end of a 3 s ramp-up, with its 1 s of slack, 5 of 10
    Path folder =
        RunFolders.write(dir, "slow-ramp", 10, 1000, 12_000, List.of(RunFolders.Req.ok(0, 5)));
    LogAnalysis log = new LogAnalysis(3000);
    SimulationLogReader.read(folder.resolve("simulation.log"), log);
    RunMetrics m = RunMetrics.compute(log, null, RunFolders.limits(3000, 10));

    assertEquals(10, m.maxConcurrentUsers());
    assertEquals(5, m.rampUpPeakUsers());
    ComplianceCheck ramp = Compliance.evaluate(m, RunFolders.limits(3000, 10)).checks().get(3);
    assertEquals("ramp_up_concurrency", ramp.name());
    assertEquals(false, ramp.passed());
  }

  @Test
  void rampUpFiguresAreTheSameWhenItsLengthArrivesWhileTheLogIsRead(@TempDir Path dir)
      throws Exception {
    Path log = RunFolders.write(dir, "late-ramp", 10, 300, 6_000, rampRequests());
    for (int arrivesAfter : new int[] {0, 1, 7, 30, 1_000}) {
      LogAnalysis known = new LogAnalysis(1500);
      SimulationLogReader.read(log.resolve("simulation.log"), known);
      CompletableFuture<Long> rampUp = new CompletableFuture<>();
      LogAnalysis late = new LogAnalysis(rampUp);
      int[] records = {0};
      SimulationLogReader.read(
          log.resolve("simulation.log"), arrivingAfter(late, arrivesAfter, records, rampUp));
      if (!rampUp.isDone()) {
        rampUp.complete(1500L); // after the whole log: the figures wait for it
      }
      assertEquals(known.rampUpRequests(), late.rampUpRequests(), "after " + arrivesAfter);
      assertEquals(known.rampUpSuccessful(), late.rampUpSuccessful(), "after " + arrivesAfter);
      assertEquals(known.rampUpPeakUsers(), late.rampUpPeakUsers(), "after " + arrivesAfter);
    }
    LogAnalysis known = new LogAnalysis(1500);
    SimulationLogReader.read(log.resolve("simulation.log"), known);
    assertEquals(15, known.rampUpRequests(), "requests started in the first 1.5 s");
    assertEquals(13, known.rampUpSuccessful());
    assertEquals(9, known.rampUpPeakUsers(), "users by 1.5 s plus 1 s of slack");
  }

  @Test
  void settingsThatFailWhileTheLogIsReadFailTheRampUpFigures(@TempDir Path dir) throws Exception {
    Path log = RunFolders.write(dir, "bad-settings", 10, 300, 6_000, rampRequests());
    CompletableFuture<Long> rampUp = new CompletableFuture<>();
    LogAnalysis late = new LogAnalysis(rampUp);
    rampUp.completeExceptionally(new ExitException(2, "nwtn.load.ramp-up: bad"));
    SimulationLogReader.read(log.resolve("simulation.log"), late);
    assertEquals(60, late.total(), "everything else is counted");
    CompletionException e = assertThrows(CompletionException.class, late::rampUpRequests);
    assertEquals("nwtn.load.ramp-up: bad", e.getCause().getMessage());
  }

  /** 60 requests, one every 100 ms; every 7th fails. */
  private static List<RunFolders.Req> rampRequests() {
    List<RunFolders.Req> reqs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      reqs.add(
          i % 7 == 3
              ? RunFolders.Req.ko(i * 100L, 20, "timeout")
              : RunFolders.Req.ok(i * 100L, 20));
    }
    return reqs;
  }

  /** Passes records on to {@code analysis}, completing {@code rampUp} after {@code n} of them. */
  private static LogVisitor arrivingAfter(
      LogAnalysis analysis, int n, int[] seen, CompletableFuture<Long> rampUp) {
    return new LogVisitor() {
      private void tick() {
        if (++seen[0] == n) {
          rampUp.complete(1500L);
        }
      }

      @Override
      public void header(LogHeader h) {
        analysis.header(h);
      }

      @Override
      public void request(LogRecord.Request r) {
        tick();
        analysis.request(r);
      }

      @Override
      public void user(LogRecord.User u) {
        tick();
        analysis.user(u);
      }
    };
  }

  @Test
  void goldenGatlingLogGivesItsRecordedFigures() throws Exception {
    Path fixture =
        Path.of(
            LogMetricsTest.class.getResource("/fixtures/gatling-3.15.1/simulation.log").toURI());
    LogAnalysis log = new LogAnalysis(Limits.phase1().rampUpMs());
    SimulationLogReader.read(fixture, log);
    RunMetrics m = RunMetrics.compute(log, null, Limits.phase1());

    // the figures of the fixture's expected.json, computed independently of this code
    assertEquals(315, m.total());
    assertEquals(260, m.ok());
    assertEquals(55, m.failed());
    assertEquals(110, m.p50Ms());
    assertEquals(694, m.p95Ms());
    assertEquals(976, m.p99Ms());
    assertEquals(1155, m.maxMs());
  }
}

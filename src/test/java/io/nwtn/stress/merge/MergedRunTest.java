package io.nwtn.stress.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.distributed.InjectorManifest;
import io.nwtn.stress.report.PostProcessor;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.verdict.RunMetrics;
import io.nwtn.stress.verdict.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The merge's promise: the report of N injectors' folders is the report a single load generator
 * would have given over the union of their records — counts, exact percentiles, concurrency,
 * per-second figures, answer-based metrics and every compliance check.
 */
class MergedRunTest {

  @TempDir Path dir;

  static ReportSettings settings(Path out) {
    return new ReportSettings(out, out, Duration.ofSeconds(2), Duration.ofSeconds(1), false);
  }

  static Limits noFallback() {
    throw new AssertionError("every part has a sidecar");
  }

  @ParameterizedTest(name = "{1} injectors of {2} users, seed {0}")
  @CsvSource({"1, 2, 40", "7, 2, 150", "11, 3, 60", "5, 1, 30"})
  void mergedReportEqualsTheUnionsReport(long seed, int injectors, int users) throws IOException {
    SplitRun split = new SplitRun(seed, injectors, users);
    List<Path> folders = new ArrayList<>();
    for (int i = injectors - 1; i >= 0; i--) {
      folders.add(split.writeInjector(dir, "r1", i));
    }
    RunReport union =
        PostProcessor.judge(split.writeUnion(dir), MergedRunTest::noFallback, settings(dir));

    MergedRun merged = MergedRun.of(folders, settings(dir), MergedRunTest::noFallback);
    RunReport m = merged.report();

    RunMetrics a = union.metrics();
    RunMetrics b = m.metrics();
    assertEquals(a.total(), b.total());
    assertEquals(
        a.total(), merged.figures().stream().mapToLong(MergedLog.PartFigures::total).sum());
    assertEquals(a.ok(), b.ok());
    assertEquals(a.failed(), b.failed());
    assertEquals(a.meanMs(), b.meanMs());
    assertEquals(a.p50Ms(), b.p50Ms());
    assertEquals(a.p95Ms(), b.p95Ms());
    assertEquals(a.p99Ms(), b.p99Ms());
    assertEquals(a.maxMs(), b.maxMs());
    assertEquals(a.startEpochMs(), b.startEpochMs());
    assertEquals(a.endEpochMs(), b.endEpochMs());
    assertEquals(a.maxConcurrentUsers(), b.maxConcurrentUsers());
    assertEquals(a.rampUpPeakUsers(), b.rampUpPeakUsers());
    assertTrue(a.rampUpRequests() > 0, "the made-up run has requests in its ramp-up");
    assertEquals(a.rampUpRequests(), b.rampUpRequests());
    assertEquals(a.rampUpSuccessRate(), b.rampUpSuccessRate());
    assertEquals(a.peakRps(), b.peakRps());
    assertEquals(a.breakerAnswers(), b.breakerAnswers());
    assertEquals(3L, b.breakerHealthDelta(), "the target's counter is read, never summed");
    assertEquals(union.compliance(), m.compliance());
    assertEquals(union.agents(), m.agents());
    assertEquals(union.errors().counts(), m.errors().counts());
    assertEquals(union.sidecar().classes().keySet(), m.sidecar().classes().keySet());
    union
        .sidecar()
        .classes()
        .forEach(
            (c, r) -> {
              assertEquals(r.count(), m.sidecar().classes().get(c).count());
              assertEquals(r.overTarget(), m.sidecar().classes().get(c).overTarget());
            });
    assertEquals(union.sidecar().pipeline(), m.sidecar().pipeline());
    var fa = union.sidecar().ftns();
    var fb = m.sidecar().ftns();
    // FTNS charged is a sum of doubles, whose last bits depend on the order of addition
    assertEquals(fa.ftnsCharged(), fb.ftnsCharged(), 1e-6);
    assertEquals(
        fa,
        new io.nwtn.stress.recording.Sidecar.FtnsRecord(
            fb.responses(),
            fb.contextAllocated(),
            fb.contextUsed(),
            fa.ftnsCharged(),
            fb.overAllocation(),
            fb.stepSumMismatch(),
            fb.accurate(),
            fb.ftnsPerContextMinMicro(),
            fb.ftnsPerContextMaxMicro()));
    assertEquals(union.log().seconds().keySet(), m.log().seconds().keySet());
    union
        .log()
        .seconds()
        .forEach(
            (s, x) -> {
              var y = m.log().seconds().get(s);
              assertEquals(x.completed(), y.completed(), "requests of second " + s);
              assertEquals(x.errors(), y.errors(), "errors of second " + s);
              assertEquals(x.peakActive(), y.peakActive(), "users of second " + s);
              assertEquals(x.latencies(), y.latencies(), "latencies of second " + s);
            });
  }

  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"3", "8"})
  void theMergedRunReachesMoreUsersThanAnyInjectorAndIsJudgedOnThem(long seed) throws IOException {
    SplitRun split = new SplitRun(seed, 2, 80);
    List<Path> folders =
        List.of(split.writeInjector(dir, "r2", 0), split.writeInjector(dir, "r2", 1));
    MergedRun merged = MergedRun.of(folders, settings(dir), MergedRunTest::noFallback);
    long peak = merged.report().metrics().maxConcurrentUsers();
    for (Path f : folders) {
      RunReport alone =
          PostProcessor.judge(
              InjectorFolder.open(f).runFolder(), MergedRunTest::noFallback, settings(dir));
      assertTrue(alone.metrics().maxConcurrentUsers() < peak);
    }
    assertEquals(160, merged.report().limits().concurrency());
    assertEquals(160, merged.report().sidecar().testConfig().get("users"));
    assertEquals("r2", merged.report().runName());
  }

  @ParameterizedTest(name = "injector 1's clock {0} ms off")
  @CsvSource({"0, false", "-40, false", "5000, true", "-3000, true"})
  void aClockSkewShowsInTheTargetsUptime(long offsetMs, boolean reported) throws IOException {
    SplitRun split = new SplitRun(2, 2, 10);
    Path a = split.writeInjector(dir, "r3", 0);
    Path b = split.writeInjector(dir, "r3", 1);
    InjectorManifest m = InjectorManifest.read(b);
    InjectorManifest.TargetClock c = m.targetClock();
    new InjectorManifest(
            m.version(),
            m.runId(),
            m.index(),
            m.count(),
            m.users(),
            m.totalUsers(),
            m.arrivalRate(),
            m.startAtEpochMs(),
            m.launchedEpochMs(),
            m.host(),
            new InjectorManifest.TargetClock(
                c.sentEpochMs() + offsetMs, c.receivedEpochMs() + offsetMs, c.uptimeSeconds()))
        .write(b);

    List<ClockSkew.Finding> clock =
        MergedRun.of(List.of(a, b), settings(dir), MergedRunTest::noFallback).clock();

    ClockSkew.Finding uptime =
        clock.stream().filter(f -> f.what().contains("uptime")).findFirst().orElseThrow();
    assertEquals(offsetMs, uptime.offsetMs());
    assertEquals(reported, uptime.skewed(), uptime.line());
  }
}

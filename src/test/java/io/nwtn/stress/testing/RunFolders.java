package io.nwtn.stress.testing;

import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.SimulationLogWriter;
import io.nwtn.stress.recording.SampleRecorder;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds Gatling run folders for tests with the decoder's {@link SimulationLogWriter}, which writes
 * Gatling 3.15.1's format byte for byte: {@code users} users start one per {@code rampStepMs}, all
 * stay until {@code endMs}, and each sends requests whose response times and outcomes the test
 * chooses. A sidecar can be added beside the log.
 */
public final class RunFolders {

  public static final long START = 1_767_225_600_000L;
  public static final String SCENARIO = "NWTN Phase 1";

  private RunFolders() {}

  /** One request of a planned log: started at {@code offsetMs}, taking {@code elapsedMs}. */
  public record Req(String name, long offsetMs, long elapsedMs, boolean ok, String message) {
    public static Req ok(long offsetMs, long elapsedMs) {
      return new Req("simple query", offsetMs, elapsedMs, true, "");
    }

    public static Req ko(long offsetMs, long elapsedMs, String message) {
      return new Req("simple query", offsetMs, elapsedMs, false, message);
    }
  }

  /** Writes {@code <dir>/<name>/simulation.log} and returns the run folder. */
  public static Path write(
      Path dir, String name, int users, long rampStepMs, long endMs, List<Req> reqs)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    LogHeader header =
        new LogHeader(
            "3.15.1", "simulations.NwtnStressSimulation", START, "", List.of(SCENARIO), 0);
    try (SimulationLogWriter w =
        SimulationLogWriter.create(folder.resolve("simulation.log"), header, List.of())) {
      for (int u = 0; u < users; u++) {
        w.user(SCENARIO, true, START + u * rampStepMs);
      }
      for (Req r : reqs) {
        w.request(
            List.of(),
            r.name(),
            START + r.offsetMs(),
            START + r.offsetMs() + r.elapsedMs(),
            r.ok(),
            r.message());
      }
      for (int u = 0; u < users; u++) {
        w.user(SCENARIO, false, START + endMs);
      }
    }
    return folder;
  }

  /**
   * Writes the sidecar of a run whose simulation saw {@code answers}, judged on the limits of
   * {@link LogMetricsTest#limits} with a 1 s ramp-up; returns the run folder.
   */
  public static Path withSidecar(Path folder, int concurrency, List<SessionSample> answers)
      throws IOException {
    SampleRecorder r = new SampleRecorder();
    answers.forEach(r::accept);
    SidecarFile.write(
        folder,
        r.snapshot(
            START,
            START + 5000,
            limits(1000, concurrency),
            Map.of("profile", "smoke"),
            TargetKind.EXTERNAL,
            null,
            null,
            List.of()));
    return folder;
  }

  /** 10 users over the first second; 100 requests of 1..100 ms, one every 40 ms; #3 fails. */
  public static Path planned(Path dir) throws Exception {
    List<Req> reqs = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      long offset = (i - 1) * 40L;
      reqs.add(
          i == 3
              ? Req.ko(offset, i, "status.find.in(200), but actually found 503")
              : Req.ok(offset, i));
    }
    return write(dir, "planned-run", 10, 100, 5000, reqs);
  }

  /** The Phase 1 limits with the given ramp-up and concurrency, 3 s steady and 1 s ramp-down. */
  public static Limits limits(long rampUpMs, int concurrency) {
    Limits p = Limits.phase1();
    return new Limits(
        p.p95LatencyMs(),
        p.meanLatencyMs(),
        p.successRate(),
        concurrency,
        rampUpMs,
        3000,
        1000,
        p.classTargetMs(),
        p.pipelineIntegrity());
  }
}

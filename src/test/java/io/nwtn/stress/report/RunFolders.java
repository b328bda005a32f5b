package io.nwtn.stress.report;

import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.SimulationLogWriter;
import io.nwtn.stress.record.SessionSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Builds Gatling run folders for tests with the decoder's {@link SimulationLogWriter}, which writes
 * Gatling 3.15.1's format byte for byte: {@code users} users start one per {@code rampStepMs}, all
 * stay until {@code endMs}, and each sends requests whose response times and outcomes the test
 * chooses. A sidecar can be added beside the log.
 */
final class RunFolders {

  static final long START = 1_767_225_600_000L;
  static final String SCENARIO = "NWTN Phase 1";

  private RunFolders() {}

  /** One request of a planned log: started at {@code offsetMs}, taking {@code elapsedMs}. */
  record Req(String name, long offsetMs, long elapsedMs, boolean ok, String message) {
    static Req ok(long offsetMs, long elapsedMs) {
      return new Req("simple query", offsetMs, elapsedMs, true, "");
    }

    static Req ko(long offsetMs, long elapsedMs, String message) {
      return new Req("simple query", offsetMs, elapsedMs, false, message);
    }
  }

  /** Writes {@code <dir>/<name>/simulation.log} and returns the run folder. */
  static Path write(Path dir, String name, int users, long rampStepMs, long endMs, List<Req> reqs)
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
  static Path withSidecar(Path folder, int concurrency, List<SessionSample> answers)
      throws IOException {
    SampleRecorder r = new SampleRecorder();
    answers.forEach(r::accept);
    SidecarFile.write(
        folder,
        r.snapshot(
            START,
            START + 5000,
            LogMetricsTest.limits(1000, concurrency),
            Map.of("profile", "smoke"),
            null,
            null,
            List.of()));
    return folder;
  }
}

package io.nwtn.stress.bench;

import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import java.nio.file.Path;
import java.util.Map;

/**
 * Splits one timed {@code mvn gatling:test} into what came before the simulation started (Maven,
 * formatting, compilation, the Gatling JVM), the simulation itself (from the run start in the
 * {@code simulation.log} header to the last record), and what came after (the HTML report, the
 * post-processing, Maven's exit). The overhead is the wall time minus the profile's schedule.
 *
 * <p>Usage: {@code MainJobFigures <start-epoch-ms> <end-epoch-ms> <run-folder> <scheduled-s>}; the
 * figures go to standard output as one JSON object.
 */
public final class MainJobFigures {

  private MainJobFigures() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: MainJobFigures <start-ms> <end-ms> <run-folder> <scheduled-s>");
      System.exit(2);
    }
    long start = Long.parseLong(args[0]);
    long end = Long.parseLong(args[1]);
    long scheduledMs = Long.parseLong(args[3]) * 1000;
    long[] last = {0};
    LogHeader header =
        SimulationLogReader.read(
            Path.of(args[2], "simulation.log"),
            new LogVisitor() {
              @Override
              public void request(LogRecord.Request r) {
                last[0] = Math.max(last[0], r.endEpochMs());
              }

              @Override
              public void user(LogRecord.User u) {
                last[0] = Math.max(last[0], u.epochMs());
              }
            });
    Map<String, Object> figures = BenchParts.figures();
    figures.put("wall_seconds", seconds(end - start));
    figures.put("overhead_seconds", seconds(end - start - scheduledMs));
    figures.put("before_simulation_seconds", seconds(header.startEpochMs() - start));
    figures.put("simulation_seconds", seconds(last[0] - header.startEpochMs()));
    figures.put("after_simulation_seconds", seconds(end - last[0]));
    System.out.println(BenchParts.JSON.writeValueAsString(figures));
  }

  private static double seconds(long ms) {
    return ms / 1000.0;
  }
}

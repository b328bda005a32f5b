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
 * post-processing, Maven's exit). The overhead is the wall time minus the profile's schedule; with
 * a goal, the figures say whether the overhead is within it.
 *
 * <p>Usage: {@code MainJobFigures <start-epoch-ms> <end-epoch-ms> <run-folder> <scheduled-s>
 * [<goal-s>]}; the figures go to standard output as one JSON object.
 */
public final class MainJobFigures {

  /** The most a warm run may take beyond its schedule, in seconds. */
  public static final int WARM_GOAL_SECONDS = 6;

  private MainJobFigures() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4 && args.length != 5) {
      System.err.println(
          "usage: MainJobFigures <start-ms> <end-ms> <run-folder> <scheduled-s> [<goal-s>]");
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
    Double goal = args.length == 5 ? Double.valueOf(args[4]) : null;
    System.out.println(
        BenchParts.JSON.writeValueAsString(
            figures(start, end, header.startEpochMs(), last[0], scheduledMs, goal)));
  }

  /**
   * The split of one run: started at {@code start}, its simulation from {@code simulationStart} to
   * its last record at {@code last}, ended at {@code end} (epoch ms); with {@code goalSeconds} (or
   * null), whether the overhead is within it.
   */
  static Map<String, Object> figures(
      long start, long end, long simulationStart, long last, long scheduledMs, Double goalSeconds) {
    Map<String, Object> figures = BenchParts.figures();
    double overhead = seconds(end - start - scheduledMs);
    figures.put("wall_seconds", seconds(end - start));
    figures.put("overhead_seconds", overhead);
    figures.put("before_simulation_seconds", seconds(simulationStart - start));
    figures.put("simulation_seconds", seconds(last - simulationStart));
    figures.put("after_simulation_seconds", seconds(end - last));
    if (goalSeconds != null) {
      figures.put("goal_seconds", goalSeconds);
      figures.put("within_goal", overhead <= goalSeconds);
    }
    return figures;
  }

  private static double seconds(long ms) {
    return ms / 1000.0;
  }
}

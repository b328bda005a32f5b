package io.nwtn.stress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the console lines of the reference orchestrator's own benchmark ({@code
 * ReferenceBenchmark}, {@code make bench-reference}) into figures: the added latency per level of
 * requests in flight and round, the goal (P99 under 10 ms at 5,000 in flight) judged in every
 * round, the layout (target and client pinned to a core each, or shared), and, from a run with no
 * simulated delay, the throughput limit.
 *
 * <p>Usage: {@code ReferenceFigures <delayed-run.txt> <no-delay-run.txt> <out.json>}.
 */
public final class ReferenceFigures {

  private static final Pattern LEVEL =
      Pattern.compile(
          "\\s*(\\d+) in flight(?:, round (\\d+) of (\\d+))?:\\s+(\\d+) answers, (\\d+) failed,"
              + " (\\d+) req/s; added latency ms: P50 ([0-9.]+), P99 ([0-9.]+), P99\\.9 ([0-9.]+),"
              + " max ([0-9.]+)(?:; P99 goal < ([0-9.]+) ms: (met|not met))?(?:; CPU steal (.*))?");

  private static final Pattern STEAL = Pattern.compile("(cpu\\d+) ([0-9.]+) %");

  private static final Pattern LAYOUT = Pattern.compile("layout (pinned|shared): (.*)");

  /** The level the goal is set at: P99 added latency under 10 ms with 5,000 requests in flight. */
  static final int GOAL_IN_FLIGHT = 5000;

  static final double GOAL_P99_MS = 10.0;

  private ReferenceFigures() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ReferenceFigures <delayed-run.txt> <no-delay-run.txt> <out.json>");
      System.exit(2);
    }
    List<Map<String, Object>> delayed = levels(Files.readString(Path.of(args[0])));
    List<Map<String, Object>> noDelay = levels(Files.readString(Path.of(args[1])));
    String delayedOutput = Files.readString(Path.of(args[0]));
    Map<String, Object> figures = BenchParts.figures();
    figures.put("layout", layout(delayedOutput));
    figures.put("goal", goal(delayed));
    figures.put("added_latency", delayed);
    figures.put(
        "throughput_limit_requests_per_second",
        noDelay.stream().mapToLong(l -> (Long) l.get("requests_per_second")).max().orElseThrow());
    figures.put("throughput_runs", noDelay);
    BenchParts.write(Path.of(args[2]), figures);
  }

  /** The layout line of a run: pinned or shared, and why; unknown when the run printed none. */
  static Map<String, Object> layout(String output) {
    Map<String, Object> layout = BenchParts.figures();
    layout.put("layout", "unknown");
    for (String line : output.split("\n")) {
      Matcher m = LAYOUT.matcher(line.trim());
      if (m.matches()) {
        layout.put("layout", m.group(1));
        layout.put("note", m.group(1) + ": " + m.group(2));
      }
    }
    return layout;
  }

  /** The goal, P99 under 10 ms at 5,000 in flight, judged round by round. */
  static Map<String, Object> goal(List<Map<String, Object>> levels) {
    List<Map<String, Object>> rounds =
        levels.stream().filter(l -> (Integer) l.get("in_flight") == GOAL_IN_FLIGHT).toList();
    long met = rounds.stream().filter(l -> (Double) l.get("added_p99_ms") < GOAL_P99_MS).count();
    Map<String, Object> goal = BenchParts.figures();
    goal.put("in_flight", GOAL_IN_FLIGHT);
    goal.put("p99_below_ms", GOAL_P99_MS);
    goal.put("rounds", rounds.size());
    goal.put("rounds_met", met);
    goal.put("round_p99_ms", rounds.stream().map(l -> l.get("added_p99_ms")).toList());
    goal.put("met_in_every_round", !rounds.isEmpty() && met == rounds.size());
    return goal;
  }

  /** Every level line of one run; a run without any is an error that shows the output. */
  static List<Map<String, Object>> levels(String output) {
    List<Map<String, Object>> levels = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = LEVEL.matcher(line);
      if (m.matches()) {
        Map<String, Object> level = BenchParts.figures();
        level.put("in_flight", Integer.parseInt(m.group(1)));
        level.put("round", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
        level.put("answers", Long.parseLong(m.group(4)));
        level.put("failed", Long.parseLong(m.group(5)));
        level.put("requests_per_second", Long.parseLong(m.group(6)));
        level.put("added_p50_ms", Double.parseDouble(m.group(7)));
        level.put("added_p99_ms", Double.parseDouble(m.group(8)));
        level.put("added_p999_ms", Double.parseDouble(m.group(9)));
        level.put("added_max_ms", Double.parseDouble(m.group(10)));
        if (m.group(11) != null) {
          level.put("p99_goal_ms", Double.parseDouble(m.group(11)));
          level.put("p99_goal_met", "met".equals(m.group(12)));
        }
        if (m.group(13) != null) {
          Map<String, Object> steal = BenchParts.figures();
          Matcher cpu = STEAL.matcher(m.group(13));
          while (cpu.find()) {
            steal.put(cpu.group(1), Double.parseDouble(cpu.group(2)));
          }
          level.put("cpu_steal_percent", steal);
        }
        levels.add(level);
      }
    }
    if (levels.isEmpty()) {
      throw new IllegalArgumentException(
          "no level line in the reference benchmark's output:\n" + output);
    }
    return levels;
  }
}

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
 * requests in flight, and, from a run with no simulated delay, the throughput limit.
 *
 * <p>Usage: {@code ReferenceFigures <delayed-run.txt> <no-delay-run.txt> <out.json>}.
 */
public final class ReferenceFigures {

  private static final Pattern LEVEL =
      Pattern.compile(
          "\\s*(\\d+) in flight:\\s+(\\d+) answers, (\\d+) failed, (\\d+) req/s; added latency ms:"
              + " P50 ([0-9.]+), P99 ([0-9.]+), P99\\.9 ([0-9.]+), max ([0-9.]+)");

  private ReferenceFigures() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: ReferenceFigures <delayed-run.txt> <no-delay-run.txt> <out.json>");
      System.exit(2);
    }
    List<Map<String, Object>> delayed = levels(Files.readString(Path.of(args[0])));
    List<Map<String, Object>> noDelay = levels(Files.readString(Path.of(args[1])));
    Map<String, Object> figures = BenchParts.figures();
    figures.put("added_latency", delayed);
    figures.put(
        "throughput_limit_requests_per_second",
        noDelay.stream().mapToLong(l -> (Long) l.get("requests_per_second")).max().orElseThrow());
    figures.put("throughput_runs", noDelay);
    BenchParts.write(Path.of(args[2]), figures);
  }

  /** Every level line of one run; a run without any is an error that shows the output. */
  static List<Map<String, Object>> levels(String output) {
    List<Map<String, Object>> levels = new ArrayList<>();
    for (String line : output.split("\n")) {
      Matcher m = LEVEL.matcher(line);
      if (m.matches()) {
        Map<String, Object> level = BenchParts.figures();
        level.put("in_flight", Integer.parseInt(m.group(1)));
        level.put("answers", Long.parseLong(m.group(2)));
        level.put("failed", Long.parseLong(m.group(3)));
        level.put("requests_per_second", Long.parseLong(m.group(4)));
        level.put("added_p50_ms", Double.parseDouble(m.group(5)));
        level.put("added_p99_ms", Double.parseDouble(m.group(6)));
        level.put("added_p999_ms", Double.parseDouble(m.group(7)));
        level.put("added_max_ms", Double.parseDouble(m.group(8)));
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

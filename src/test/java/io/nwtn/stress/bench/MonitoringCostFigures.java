package io.nwtn.stress.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The monitoring cost benchmark's comparison of its runs, each figure against its goal. */
final class MonitoringCostFigures {

  private MonitoringCostFigures() {}

  /** Off against on: CPU per request and the trivial request's P99, with the runs' own noise. */
  static Map<String, Object> compare(List<Map<String, Object>> runs, double cpuGoal) {
    double cpuOff = mean(runs, "off", "cpu_us_per_request");
    double cpuOn = mean(runs, "on", "cpu_us_per_request");
    double p99Off = mean(runs, "off", "steady_p99_ms");
    double p99On = mean(runs, "on", "steady_p99_ms");
    // the noise: how far runs of the same mode lie apart, at least the log's 1 ms resolution
    double noise =
        Math.max(
            1, Math.max(spread(runs, "off", "steady_p99_ms"), spread(runs, "on", "steady_p99_ms")));
    double rise = cpuOn / cpuOff - 1;
    Map<String, Object> f = BenchParts.figures();
    f.put("cpu_us_per_request_off", BenchParts.round(cpuOff, 1));
    f.put("cpu_us_per_request_on", BenchParts.round(cpuOn, 1));
    f.put("cpu_per_request_rise", BenchParts.round(rise, 4));
    f.put("cpu_per_request_rise_goal", cpuGoal);
    f.put("cpu_within_goal", rise <= cpuGoal);
    // a rise smaller than this spread between runs of one mode cannot be told from the machine's
    double cpuNoise =
        Math.max(
                spread(runs, "off", "cpu_us_per_request"), spread(runs, "on", "cpu_us_per_request"))
            / cpuOff;
    f.put("cpu_per_request_noise", BenchParts.round(cpuNoise, 4));
    f.put("p99_ms_off", BenchParts.round(p99Off, 1));
    f.put("p99_ms_on", BenchParts.round(p99On, 1));
    f.put("p99_noise_ms", BenchParts.round(noise, 1));
    f.put("p99_within_noise", Math.abs(p99On - p99Off) <= noise);
    return f;
  }

  static void print(Map<String, Object> f, PrintStream out) {
    out.printf(
        "monitoring cost: CPU per request %s us off, %s us on: %+.1f %%, runs of one mode %.1f %%"
            + " apart (goal <= +%.0f %%: %s)%n",
        f.get("cpu_us_per_request_off"),
        f.get("cpu_us_per_request_on"),
        (Double) f.get("cpu_per_request_rise") * 100,
        (Double) f.get("cpu_per_request_noise") * 100,
        (Double) f.get("cpu_per_request_rise_goal") * 100,
        (Boolean) f.get("cpu_within_goal") ? "met" : "NOT met");
    out.printf(
        "monitoring cost: trivial request P99 %s ms off, %s ms on; noise %s ms (goal: within the"
            + " noise: %s)%n",
        f.get("p99_ms_off"),
        f.get("p99_ms_on"),
        f.get("p99_noise_ms"),
        (Boolean) f.get("p99_within_noise") ? "met" : "NOT met");
  }

  /** The mean of {@code key} over the runs of {@code mode}. */
  static double mean(List<Map<String, Object>> runs, String mode, String key) {
    return runs.stream()
        .filter(r -> mode.equals(r.get("mode")))
        .mapToDouble(r -> ((Number) r.get(key)).doubleValue())
        .average()
        .orElse(Double.NaN);
  }

  /** How far apart {@code key} lies between runs of {@code mode}: max - min, 0 for one run. */
  static double spread(List<Map<String, Object>> runs, String mode, String key) {
    var stats =
        runs.stream()
            .filter(r -> mode.equals(r.get("mode")))
            .mapToDouble(r -> ((Number) r.get(key)).doubleValue())
            .summaryStatistics();
    return stats.getCount() < 2 ? 0 : stats.getMax() - stats.getMin();
  }
}

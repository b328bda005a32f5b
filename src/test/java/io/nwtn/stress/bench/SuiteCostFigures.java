package io.nwtn.stress.bench;

import static io.nwtn.stress.bench.MonitoringCostFigures.mean;
import static io.nwtn.stress.bench.MonitoringCostFigures.spread;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The suite-cost benchmark's comparison: the suite's CPU per request against bare Gatling's. */
final class SuiteCostFigures {

  static final String BARE = "bare";
  static final String SUITE = "suite";

  private SuiteCostFigures() {}

  /**
   * Bare against suite over the runs of each (a warm-up or any other mode is left out): the mean
   * CPU per request of each, their ratio against {@code goal}, and the noise, the largest spread
   * between runs of one mode relative to that mode's mean; the same again without the JIT
   * compilers' CPU when the runs give it.
   */
  static Map<String, Object> compare(List<Map<String, Object>> runs, double goal) {
    double bare = mean(runs, BARE, "cpu_us_per_request");
    double suite = mean(runs, SUITE, "cpu_us_per_request");
    double ratio = suite / bare;
    double noise =
        Math.max(
            spread(runs, BARE, "cpu_us_per_request") / bare,
            spread(runs, SUITE, "cpu_us_per_request") / suite);
    Map<String, Object> f = BenchParts.figures();
    f.put("cpu_us_per_request_bare", BenchParts.round(bare, 1));
    f.put("cpu_us_per_request_suite", BenchParts.round(suite, 1));
    f.put("suite_to_bare_ratio", BenchParts.round(ratio, 3));
    f.put("suite_to_bare_goal", goal);
    f.put("within_goal", ratio <= goal);
    f.put("cpu_per_request_noise", BenchParts.round(noise, 4));
    // the same without the JIT compilers' time in the window, when the runs give it
    String withoutJit = "cpu_us_per_request_without_jit";
    if (runs.stream().allMatch(r -> r.containsKey(withoutJit))) {
      double bareNoJit = mean(runs, BARE, withoutJit);
      double suiteNoJit = mean(runs, SUITE, withoutJit);
      f.put("cpu_us_per_request_bare_without_jit", BenchParts.round(bareNoJit, 1));
      f.put("cpu_us_per_request_suite_without_jit", BenchParts.round(suiteNoJit, 1));
      f.put("suite_to_bare_ratio_without_jit", BenchParts.round(suiteNoJit / bareNoJit, 3));
      f.put("within_goal_without_jit", suiteNoJit / bareNoJit <= goal);
      f.put(
          "cpu_per_request_noise_without_jit",
          BenchParts.round(
              Math.max(
                  spread(runs, BARE, withoutJit) / bareNoJit,
                  spread(runs, SUITE, withoutJit) / suiteNoJit),
              4));
    }
    Map<String, Object> byThread = byThread(runs);
    if (!byThread.isEmpty()) {
      f.put("cpu_us_per_request_by_thread", byThread);
    }
    return f;
  }

  /**
   * A window's CPU by kind of thread ({@link ThreadCpu}) per request: for each kind, {@code
   * user_us} and {@code system_us}.
   */
  static Map<String, Object> perRequest(Map<String, long[]> threadMs, long requests) {
    Map<String, Object> f = BenchParts.figures();
    threadMs.forEach(
        (kind, ms) -> {
          Map<String, Object> k = BenchParts.figures();
          k.put("user_us", BenchParts.round(ms[0] * 1000.0 / requests, 1));
          k.put("system_us", BenchParts.round(ms[1] * 1000.0 / requests, 1));
          f.put(kind, k);
        });
    return f;
  }

  /**
   * Where the difference lies: per kind of thread, the mean user and system CPU per request of each
   * mode; empty when a run lacks the figures.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> byThread(List<Map<String, Object>> runs) {
    String key = "cpu_us_per_request_by_thread";
    Map<String, Object> f = BenchParts.figures();
    if (!runs.stream()
        .filter(r -> BARE.equals(r.get("mode")) || SUITE.equals(r.get("mode")))
        .allMatch(r -> r.get(key) instanceof Map)) {
      return f;
    }
    for (String kind : ThreadCpu.KINDS) {
      Map<String, Object> k = BenchParts.figures();
      for (String mode : List.of(BARE, SUITE)) {
        for (String part : List.of("user_us", "system_us")) {
          double mean =
              runs.stream()
                  .filter(r -> mode.equals(r.get("mode")))
                  .map(r -> (Map<String, Object>) ((Map<String, Object>) r.get(key)).get(kind))
                  .mapToDouble(m -> m == null ? 0 : ((Number) m.get(part)).doubleValue())
                  .average()
                  .orElse(Double.NaN);
          k.put(mode + "_" + part, BenchParts.round(mean, 1));
        }
      }
      f.put(kind, k);
    }
    return f;
  }

  static void print(Map<String, Object> f, PrintStream out) {
    out.printf(
        "suite cost: CPU per request %s us bare Gatling, %s us the suite: %sx (goal <= %sx: %s);"
            + " runs of one mode %.1f %% apart%n",
        f.get("cpu_us_per_request_bare"),
        f.get("cpu_us_per_request_suite"),
        f.get("suite_to_bare_ratio"),
        f.get("suite_to_bare_goal"),
        (Boolean) f.get("within_goal") ? "met" : "NOT met",
        (Double) f.get("cpu_per_request_noise") * 100);
    if (f.containsKey("suite_to_bare_ratio_without_jit")) {
      out.printf(
          "suite cost without the JIT compilers' CPU (still compiling in the window: start-up):"
              + " %s us bare, %s us the suite: %sx (goal <= %sx: %s); runs of one mode %.1f %%"
              + " apart%n",
          f.get("cpu_us_per_request_bare_without_jit"),
          f.get("cpu_us_per_request_suite_without_jit"),
          f.get("suite_to_bare_ratio_without_jit"),
          f.get("suite_to_bare_goal"),
          (Boolean) f.get("within_goal_without_jit") ? "met" : "NOT met",
          (Double) f.get("cpu_per_request_noise_without_jit") * 100);
    }
    if (f.get("cpu_us_per_request_by_thread") instanceof Map<?, ?> byThread
        && !byThread.isEmpty()) {
      StringBuilder line =
          new StringBuilder("suite cost by thread, CPU us per request user+system, bare -> suite:");
      byThread.forEach(
          (kind, v) -> {
            Map<?, ?> m = (Map<?, ?>) v;
            line.append(
                String.format(
                    java.util.Locale.ROOT,
                    " %s %.0f+%.0f -> %.0f+%.0f;",
                    kind,
                    (Double) m.get("bare_user_us"),
                    (Double) m.get("bare_system_us"),
                    (Double) m.get("suite_user_us"),
                    (Double) m.get("suite_system_us")));
          });
      out.println(line.substring(0, line.length() - 1));
    }
  }
}

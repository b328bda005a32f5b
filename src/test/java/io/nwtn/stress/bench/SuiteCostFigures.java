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
  }
}

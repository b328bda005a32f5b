package io.nwtn.stress.compare;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a comparison as a table a person reads in a terminal or a CI log. */
final class ComparisonTable {

  private static final String ROW = "%-28s %14s %14s %10s  %s%n";

  private ComparisonTable() {}

  static void print(Comparison c, Tolerances t, PrintStream out) {
    out.println("baseline: " + c.baseline().file());
    out.println("current:  " + c.current().file());
    out.printf(
        Locale.ROOT,
        "tolerances: latency +%s (floor %.0f ms, KS p < %s), success rate -%s points,"
            + " throughput -%s%n",
        percent(t.latency()),
        t.latencyFloorMs(),
        t.significance(),
        percent(t.successRate()),
        percent(t.throughput()));
    out.printf(Locale.ROOT, ROW, "metric", "baseline", "current", "change", "verdict");
    for (Finding f : c.findings()) {
      MetricPair m = f.metric();
      out.printf(
          Locale.ROOT,
          ROW,
          m.name(),
          value(m.kind(), m.baseline()),
          value(m.kind(), m.current()),
          change(f),
          f.verdict().label() + shift(f));
    }
    if (c.regressed()) {
      out.println(
          "compare-performance: REGRESSION in "
              + c.regressions().size()
              + " of "
              + c.findings().size()
              + " figures: "
              + String.join(", ", c.regressions().stream().map(f -> f.metric().name()).toList()));
    } else {
      out.println("compare-performance: no regression in " + c.findings().size() + " figures");
    }
  }

  private static String value(Kind kind, double v) {
    return switch (kind) {
      case SUCCESS_RATE -> String.format(Locale.ROOT, "%.2f%%", v * 100);
      case LATENCY, THROUGHPUT -> String.format(Locale.ROOT, "%.1f", v);
      case CONCURRENCY, ERRORS -> String.format(Locale.ROOT, "%.0f", v);
    };
  }

  private static String change(Finding f) {
    Kind k = f.metric().kind();
    if (k == Kind.SUCCESS_RATE || k == Kind.ERRORS) {
      return String.format(Locale.ROOT, "%+.2fpt", f.change() * 100);
    }
    if (Double.isInfinite(f.change())) {
      return "new";
    }
    return String.format(Locale.ROOT, "%+.1f%%", f.change() * 100);
  }

  private static String shift(Finding f) {
    DistributionShift s = f.shift();
    if (s == null) {
      return "";
    }
    return String.format(Locale.ROOT, " (KS D+=%.3f p=%.2g)", s.slowerGap(), s.pValue());
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.3g%%", fraction * 100);
  }
}

package io.nwtn.stress.report;

import java.util.Locale;

/** How the console shows a measured figure: whole numbers plainly, others to four decimals. */
final class ConsoleFigures {

  private ConsoleFigures() {}

  static String figure(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
  }

  /** A check's figure: rates as percentages, the rest as numbers. */
  static String figure(ComplianceCheck check, double v) {
    return check.name().endsWith("success_rate") ? Recommendations.percent(v) : figure(v);
  }
}

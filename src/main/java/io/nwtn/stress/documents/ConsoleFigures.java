package io.nwtn.stress.documents;

import io.nwtn.stress.verdict.ComplianceCheck;
import io.nwtn.stress.verdict.Recommendations;
import java.util.Locale;

/** How the console shows a measured figure: whole numbers plainly, others to four decimals. */
public final class ConsoleFigures {

  private ConsoleFigures() {}

  public static String figure(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4f", v);
  }

  /** A check's figure: rates as percentages, the rest as numbers. */
  public static String figure(ComplianceCheck check, double v) {
    return isShare(check.name()) ? Recommendations.percent(v) : figure(v);
  }

  /** A requirement not met, e.g. {@code P95 latency (ms) 2500 (required < 2000)}. */
  public static String unmet(ComplianceCheck c) {
    return c.requirement()
        + " "
        + figure(c, c.measured())
        + " (required "
        + c.comparison()
        + " "
        + figure(c, c.threshold())
        + ")";
  }

  /** Whether a check measures a share of requests (shown as a percentage). */
  public static boolean isShare(String checkName) {
    return checkName.endsWith("success_rate") || checkName.equals("pipeline_integrity");
  }
}

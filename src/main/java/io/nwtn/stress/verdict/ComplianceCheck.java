package io.nwtn.stress.verdict;

/**
 * One Phase 1 requirement checked against a run.
 *
 * @param name stable key, e.g. {@code p95_latency}
 * @param requirement what must hold, for a person
 * @param group the {@code phase1_*_compliance} field it counts toward: latency, concurrency,
 *     success_rate or pipeline
 * @param comparison how {@code measured} is compared with {@code threshold}: {@code <}, {@code >=}
 *     or {@code ==}
 */
public record ComplianceCheck(
    String name,
    String requirement,
    String group,
    String comparison,
    double threshold,
    double measured,
    boolean passed) {

  public static ComplianceCheck below(
      String name, String requirement, String group, double threshold, double measured) {
    return new ComplianceCheck(
        name, requirement, group, "<", threshold, measured, measured < threshold);
  }

  public static ComplianceCheck atLeast(
      String name, String requirement, String group, double threshold, double measured) {
    return new ComplianceCheck(
        name, requirement, group, ">=", threshold, measured, measured >= threshold);
  }

  public static ComplianceCheck equal(
      String name, String requirement, String group, double threshold, double measured) {
    return new ComplianceCheck(
        name, requirement, group, "==", threshold, measured, measured == threshold);
  }
}

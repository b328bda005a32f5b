package io.nwtn.stress.capacity;

import io.nwtn.stress.verdict.ComplianceCheck;
import java.util.Locale;

/** The console's lines of a capacity search: one table row per level, and the header. */
public final class CapacityLines {

  private CapacityLines() {}

  /** The table's header, aligned with {@link #row}. */
  public static String header() {
    return String.format(
        Locale.ROOT,
        "%8s %9s %8s %8s %8s %8s %9s %7s %9s  %s",
        "users",
        "requests",
        "rps",
        "p50 ms",
        "p95 ms",
        "mean ms",
        "success",
        "breaker",
        "pipeline",
        "verdict");
  }

  /** One level as a table row, e.g. {@code 150 ... PASSED} or {@code ... FAILED p95_latency}. */
  public static String row(LevelResult r) {
    ComplianceCheck failed = r.firstFailure();
    return String.format(
        Locale.ROOT,
        "%8d %9d %8.1f %8d %8d %8.0f %8.2f%% %7d %8.2f%%  %s",
        r.users(),
        r.requests(),
        r.rps(),
        r.p50Ms(),
        r.p95Ms(),
        r.meanMs(),
        r.successRate() * 100,
        r.breakerActivations(),
        r.pipelineIntegrity() * 100,
        failed == null ? "PASSED" : "FAILED " + failed.name());
  }
}

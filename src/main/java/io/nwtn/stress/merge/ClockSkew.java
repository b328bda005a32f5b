package io.nwtn.stress.merge;

import io.nwtn.stress.distributed.InjectorManifest;
import java.util.ArrayList;
import java.util.List;

/**
 * What the injectors' own records tell about their clocks. Each injector times its requests with
 * its own clock, so a skew between injectors shifts their records against each other in the merged
 * timeline (concurrency and requests per second), while response times, measured on one clock each,
 * stay exact.
 *
 * <p>Detectable: the target's start time as each injector computed it from {@code /health}'s {@code
 * uptime_seconds} (same target process, so any difference is clock skew, within the round trips and
 * the uptime's 0.1 s rounding); and each injector's run start against the coordinated start and the
 * others' (a late pod, or skew). Not detectable: skew smaller than those uncertainties, or skew at
 * all when the target reports no uptime or sits behind several replicas.
 */
public final class ClockSkew {

  /** The target's uptime is reported to 0.1 s; half of that is rounding, the rest margin. */
  static final long UPTIME_RESOLUTION_MS = 100;

  private ClockSkew() {}

  /**
   * One finding.
   *
   * @param skewed whether it shows a clock difference beyond what the readings can resolve
   */
  public record Finding(
      int injector, String what, long offsetMs, long uncertaintyMs, boolean skewed) {
    /** One line for the console. */
    public String line() {
      return "injector "
          + injector
          + ": "
          + what
          + " "
          + (offsetMs >= 0 ? "+" : "")
          + offsetMs
          + " ms (± "
          + uncertaintyMs
          + " ms)"
          + (skewed ? " — clock skew detected" : "");
    }
  }

  /**
   * Findings against the lowest injector, for every other injector.
   *
   * @param figures per injector, in the order of {@code parts}, for its first user's start
   */
  public static List<Finding> of(List<InjectorFolder> parts, List<MergedLog.PartFigures> figures) {
    List<Finding> out = new ArrayList<>();
    InjectorFolder ref = parts.get(0);
    long refFirst = figures.get(0).firstUserEpochMs();
    for (int i = 0; i < parts.size(); i++) {
      InjectorFolder p = parts.get(i);
      InjectorManifest m = p.manifest();
      long first = figures.get(i).firstUserEpochMs();
      if (m.startAtEpochMs() > 0) {
        out.add(
            new Finding(
                m.index(),
                "first user after the coordinated start",
                first - m.startAtEpochMs(),
                0,
                false));
      }
      if (p == ref) {
        continue;
      }
      out.add(
          new Finding(
              m.index(),
              "first user vs injector " + ref.manifest().index(),
              first - refFirst,
              0,
              false));
      InjectorManifest.TargetClock a = m.targetClock();
      InjectorManifest.TargetClock b = ref.manifest().targetClock();
      if (a != null && b != null) {
        long offset = a.targetStartEpochMs() - b.targetStartEpochMs();
        long uncertainty = a.uncertaintyMs() + b.uncertaintyMs() + UPTIME_RESOLUTION_MS;
        out.add(
            new Finding(
                m.index(),
                "clock vs injector " + ref.manifest().index() + " (target /health uptime)",
                offset,
                uncertainty,
                Math.abs(offset) > uncertainty));
      }
    }
    return out;
  }
}

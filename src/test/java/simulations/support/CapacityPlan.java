package simulations.support;

import io.nwtn.stress.launch.RunConsole;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SuiteSettings;
import java.time.Duration;

/** The timing of a capacity search: how its users are injected and its longest possible run. */
public final class CapacityPlan {

  /** Every user the search may need is injected over this time, then waits for its level. */
  public static final Duration INJECTION = Duration.ofSeconds(1);

  private CapacityPlan() {}

  /** The most levels a search can run: the climb to the maximum, then every refinement. */
  static int maxLevels(CapacitySettings c) {
    int levels = 1;
    for (int users = c.startUsers(); users < c.maxUsers(); users = c.step().after(users)) {
      levels++;
    }
    return levels + (c.refine() ? c.maxRefinements() : 0);
  }

  /** A bound on the run: every level's arrival and hold, one think and one request more. */
  public static Duration maxDuration(CapacitySettings c, LoadSettings load, Duration timeout) {
    return c.arrival()
        .plus(c.hold())
        .multipliedBy(maxLevels(c))
        .plus(INJECTION)
        .plus(load.thinkTimeMax())
        .plus(timeout)
        .plus(Duration.ofSeconds(10));
  }

  /** One line with the staircase, the workload and the target. */
  public static String summary(SuiteSettings s, CapacitySettings c) {
    return "NWTN capacity: from "
        + c.startUsers()
        + " users, step "
        + c.step()
        + ", up to "
        + c.maxUsers()
        + "; each level arrives over "
        + RunConsole.human(c.arrival())
        + " and is held "
        + RunConsole.human(c.hold())
        + (c.refine() ? ", then refined to " + Math.round(c.precision() * 100) + " %" : "")
        + "; think "
        + RunConsole.human(s.workload().thinkTimeMin())
        + "-"
        + RunConsole.human(s.workload().thinkTimeMax())
        + "; required "
        + s.requirements().concurrency()
        + " users; target "
        + s.target().url();
  }
}

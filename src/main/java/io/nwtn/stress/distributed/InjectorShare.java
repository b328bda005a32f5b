package io.nwtn.stress.distributed;

import io.nwtn.stress.settings.InjectorSettings;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SettingsException;
import io.nwtn.stress.settings.SuiteSettings;

/**
 * One injector's share of a run's load: the same profile shape (phases, think times, class mix)
 * with its part of the users, split exactly (1000 users over 3 injectors are 334, 333 and 333), and
 * for the open model its part of the arrival rate, in the same proportion. The requirements are
 * left whole: they judge the merged run, not one injector.
 */
public final class InjectorShare {

  private InjectorShare() {}

  /**
   * Users of injector {@code index} of {@code count}: the first {@code total % count} get one more.
   */
  public static int users(int total, int count, int index) {
    return total / count + (index < total % count ? 1 : 0);
  }

  /**
   * The settings of this JVM's injector ({@code nwtn.injector.*}), the whole run when count is 1.
   */
  public static SuiteSettings apply(SuiteSettings settings) {
    return apply(settings, InjectorSettings.fromConfig(settings.config()));
  }

  /** {@code settings} with the load cut to the injector's share. */
  public static SuiteSettings apply(SuiteSettings settings, InjectorSettings injector) {
    if (!injector.distributed()) {
      return settings;
    }
    LoadSettings l = settings.workload();
    int users = users(l.users(), injector.count(), injector.index());
    if (users == 0) {
      throw new SettingsException(
          "nwtn.injector.count",
          injector.count()
              + " injectors for "
              + l.users()
              + " users leaves injector "
              + injector.index()
              + " without users",
          "at most as many injectors as users");
    }
    LoadSettings share =
        new LoadSettings(
            l.profile(),
            users,
            l.rampUp(),
            l.steady(),
            l.rampDown(),
            l.thinkTimeMin(),
            l.thinkTimeMax(),
            l.weights(),
            l.model(),
            l.arrivalRate() * users / l.users(),
            l.queriesDir());
    return new SuiteSettings(settings.target(), share, settings.requirements(), settings.config());
  }
}

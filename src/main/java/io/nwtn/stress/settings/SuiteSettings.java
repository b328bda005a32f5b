package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Every setting of a stress run, loaded once by {@link SettingsLoader} and validated before any
 * load. Precedence, highest first: system properties with a full key ({@code
 * -Dnwtn.load.users=500}), the short flags ({@code -Dusers=500}), {@code application.conf}, the
 * profile, {@code reference.conf}.
 *
 * @param workload the load settings ({@code nwtn.load}); named so it does not clash with {@link
 *     #load()}
 * @param config the whole resolved configuration, for other concerns (e.g. {@code nwtn.reference});
 *     it may hold secrets, so {@link #toString()} leaves it out
 */
public record SuiteSettings(
    TargetSettings target,
    LoadSettings workload,
    RequirementsSettings requirements,
    Config config) {

  /** Where a user's own profiles live, relative to the working directory. */
  public static final Path USER_PROFILES = SettingsLoader.USER_PROFILES;

  /** Loads from this JVM's system properties and environment. */
  public static SuiteSettings load() {
    return load(System.getProperties(), System.getenv(), USER_PROFILES);
  }

  /**
   * Loads from the given system properties and environment.
   *
   * @throws SettingsException for an unknown key, or the first wrong value, naming its key (or the
   *     flag that set it)
   */
  public static SuiteSettings load(Properties props, Map<String, String> env, Path userProfiles) {
    try {
      Config root = SettingsLoader.load(props, userProfiles);
      return new SuiteSettings(
          TargetSettings.fromConfig(root, env),
          LoadSettings.fromConfig(root),
          RequirementsSettings.fromConfig(root),
          root);
    } catch (SettingsException e) {
      String flag = Flags.flagFor(e.key(), props);
      throw flag == null ? e : e.viaFlag(flag);
    }
  }

  @Override
  public String toString() {
    return "SuiteSettings[" + target + ", " + workload + ", " + requirements + "]";
  }
}

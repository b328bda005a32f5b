package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting of a stress run, loaded once and validated before any load. Precedence, highest
 * first: system properties with a full key ({@code -Dnwtn.load.users=500}), the short flags ({@code
 * -Dusers=500}), {@code application.conf}, the profile, {@code reference.conf}.
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
  public static final Path USER_PROFILES = Path.of("user-files", "profiles");

  private static final Set<String> SECTIONS = Set.of("target", "load", "requirements");

  /** Loads from this JVM's system properties and environment. */
  public static SuiteSettings load() {
    return load(System.getProperties(), System.getenv(), USER_PROFILES);
  }

  /**
   * Loads from the given system properties and environment.
   *
   * @throws SettingsException for the first wrong value, naming its key (or the flag that set it)
   */
  public static SuiteSettings load(Properties props, Map<String, String> env, Path userProfiles) {
    try {
      Config root = layers(props, userProfiles);
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

  private static Config layers(Properties props, Path userProfiles) {
    Config reference = ConfigFactory.parseResources("reference.conf");
    Config explicit = nwtnOnly(props).withFallback(ConfigFactory.parseMap(Flags.asKeys(props)));
    Config app =
        ConfigFactory.parseResourcesAnySyntax("application", ConfigParseOptions.defaults());
    Config chosen = explicit.withFallback(app).withFallback(reference);
    String profile = Read.string(chosen, "nwtn.load.profile", "a profile name").trim();
    Config profileLayer =
        ConfigFactory.parseMap(Map.of("nwtn.load.profile", profile))
            .withFallback(Profiles.load(profile, userProfiles));
    Config root;
    try {
      root =
          explicit.withFallback(app).withFallback(profileLayer).withFallback(reference).resolve();
    } catch (ConfigException e) {
      throw new SettingsException("nwtn", e.getMessage(), "values that resolve");
    }
    rejectUnknownKeys(root, reference.resolve());
    return root;
  }

  private static Config nwtnOnly(Properties props) {
    Properties nwtn = new Properties();
    props.stringPropertyNames().stream()
        .filter(k -> k.startsWith("nwtn."))
        .forEach(k -> nwtn.setProperty(k, props.getProperty(k)));
    return ConfigFactory.parseProperties(nwtn);
  }

  /** A misspelt key would otherwise be ignored silently and the run measure something else. */
  private static void rejectUnknownKeys(Config root, Config reference) {
    for (String section : SECTIONS) {
      String path = "nwtn." + section;
      Set<String> known = reference.getConfig(path).root().keySet();
      for (String key : root.getConfig(path).root().keySet()) {
        if (!known.contains(key)) {
          throw new SettingsException(
              path + "." + key, "unknown key", String.join(", ", new TreeSet<>(known)));
        }
      }
    }
  }

  @Override
  public String toString() {
    return "SuiteSettings[" + target + ", " + workload + ", " + requirements + "]";
  }
}

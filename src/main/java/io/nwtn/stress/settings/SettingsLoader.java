package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The one loader of the settings, used by every entry point: the stress and validation simulations,
 * the injector launcher, the report, merge, comparison and dashboard commands, and the reference
 * orchestrator. Precedence, highest first: system properties with a full key ({@code
 * -Dnwtn.load.users=500}), the short flags ({@code -Dusers=500}), {@code application.conf}, the
 * profile, {@code reference.conf}. A key under {@code nwtn} that {@code reference.conf} does not
 * know stops the load ({@link KnownKeys}).
 */
public final class SettingsLoader {

  /** Where a user's own profiles live, relative to the working directory. */
  public static final Path USER_PROFILES = Path.of("user-files", "profiles");

  private SettingsLoader() {}

  /**
   * The settings of a command that runs no load (the reference orchestrator, the report, merge,
   * comparison and dashboard commands), from this JVM's system properties: without a profile, which
   * only shapes a load.
   */
  public static Config load() {
    return load(System.getProperties());
  }

  /**
   * The resolved settings of the given system properties, without a profile.
   *
   * @throws SettingsException for an unknown key or a file that does not parse
   */
  public static Config load(Properties props) {
    return checked(explicit(props).withFallback(application()).withFallback(reference()));
  }

  /**
   * The resolved settings of a run of the given system properties, with the profile they name
   * ({@code -Dprofile}, {@code nwtn.load.profile}) from {@code userProfiles} or the classpath.
   *
   * @throws SettingsException for an unknown key, an unknown profile or a file that does not parse
   */
  public static Config load(Properties props, Path userProfiles) {
    Config reference = reference();
    Config explicit = explicit(props);
    Config app = application();
    Config chosen = explicit.withFallback(app).withFallback(reference);
    String profile = SettingsReader.of(chosen).string("nwtn.load.profile", "a profile name").trim();
    Config profileLayer =
        ConfigFactory.parseMap(Map.of("nwtn.load.profile", profile))
            .withFallback(Profiles.load(profile, userProfiles));
    return checked(explicit.withFallback(app).withFallback(profileLayer).withFallback(reference));
  }

  /** Resolves the layers and refuses a key {@code reference.conf} does not know. */
  private static Config checked(Config layers) {
    Config root;
    try {
      root = layers.resolve();
    } catch (ConfigException e) {
      throw new SettingsException("nwtn", e.getMessage(), "values that resolve");
    }
    KnownKeys.reference().check(root);
    return root;
  }

  private static Config reference() {
    return ConfigFactory.parseResources("reference.conf");
  }

  /** The system properties with a full key, over the short flags. */
  private static Config explicit(Properties props) {
    return systemProperties(props).withFallback(ConfigFactory.parseMap(Flags.asKeys(props)));
  }

  /** Only {@code nwtn.*}: the JVM's other properties are not settings of this suite. */
  private static Config systemProperties(Properties props) {
    Properties nwtn = new Properties();
    props.stringPropertyNames().stream()
        .filter(k -> k.startsWith("nwtn."))
        .forEach(k -> nwtn.setProperty(k, props.getProperty(k)));
    return ConfigFactory.parseProperties(
        nwtn, ConfigParseOptions.defaults().setOriginDescription(KnownKeys.SYSTEM_PROPERTIES));
  }

  private static Config application() {
    try {
      return ConfigFactory.parseResourcesAnySyntax("application", ConfigParseOptions.defaults());
    } catch (ConfigException e) {
      throw new SettingsException("application.conf", e.getMessage(), "a valid HOCON file");
    }
  }
}

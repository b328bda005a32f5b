package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Load profiles: the built-in ones on the classpath ({@code profiles/<name>.conf}) and a user's own
 * in {@code user-files/profiles/<name>.conf}, which wins over a built-in of the same name.
 */
final class Profiles {

  static final List<String> BUILT_IN = List.of("quick", "standard", "extended", "smoke");

  private Profiles() {}

  /** The profile's settings, or a {@link SettingsException} naming the known profiles. */
  static Config load(String name, Path userDir) {
    if (!name.matches("[A-Za-z0-9_-]+")) {
      throw unknown(name, userDir);
    }
    Path file = userDir.resolve(name + ".conf");
    try {
      if (Files.isRegularFile(file)) {
        return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults());
      }
      if (BUILT_IN.contains(name)) {
        return ConfigFactory.parseResources(
            "profiles/" + name + ".conf", ConfigParseOptions.defaults().setAllowMissing(false));
      }
    } catch (ConfigException e) {
      throw new SettingsException("profile", name + ": " + e.getMessage(), "a valid HOCON file");
    }
    throw unknown(name, userDir);
  }

  private static SettingsException unknown(String name, Path userDir) {
    TreeSet<String> names = new TreeSet<>(BUILT_IN);
    try (Stream<Path> files = Files.list(userDir)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".conf"))
          .forEach(f -> names.add(f.substring(0, f.length() - ".conf".length())));
    } catch (IOException e) {
      // no user profiles folder: only the built-in profiles exist
    }
    return new SettingsException(
        "profile",
        "'" + name + "' is not a known profile",
        String.join("|", names) + ", or a file " + userDir.resolve("<name>.conf"));
  }
}

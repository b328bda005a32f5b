package io.nwtn.stress.reference;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads one section of the settings and turns every missing, mistyped or out-of-range value into
 * one line naming the full key, the problem and what is allowed.
 */
final class SettingsReader {

  private final Config config;
  private final String prefix;

  SettingsReader(Config config, String prefix) {
    this.config = config;
    this.prefix = prefix;
  }

  SettingsReader child(String key) {
    return new SettingsReader(read(key, "a section", () -> config.getConfig(key)), path(key));
  }

  Set<String> keys() {
    return config.root().keySet();
  }

  /** Rejects a key this section does not know, so a misspelt setting is not silently ignored. */
  SettingsReader onlyKeys(String... allowed) {
    for (String key : keys()) {
      if (!List.of(allowed).contains(key)) {
        throw bad(key, "unknown setting", String.join(", ", allowed));
      }
    }
    return this;
  }

  String path(String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  int intIn(String key, int min, int max) {
    int value = read(key, "an integer", () -> config.getInt(key));
    if (value < min || value > max) {
      throw bad(key, "" + value + " is out of range", min + ".." + max);
    }
    return value;
  }

  double doubleIn(String key, double min, double max) {
    double value = read(key, "a number", () -> config.getDouble(key));
    if (!(value >= min && value <= max)) {
      throw bad(key, value + " is out of range", min + ".." + max);
    }
    return value;
  }

  Duration durationAtLeast(String key, Duration min) {
    Duration value = read(key, "a duration such as 250ms or 10s", () -> config.getDuration(key));
    if (value.compareTo(min) < 0) {
      throw bad(key, value + " is too short", "at least " + min);
    }
    return value;
  }

  long bytesIn(String key, long min, long max) {
    long value = read(key, "a size such as 64KiB", () -> config.getBytes(key));
    if (value < min || value > max) {
      throw bad(key, value + " bytes is out of range", min + ".." + max + " bytes");
    }
    return value;
  }

  boolean bool(String key) {
    return read(key, "true or false", () -> config.getBoolean(key));
  }

  String string(String key) {
    return read(key, "a string", () -> config.getString(key));
  }

  List<String> strings(String key) {
    return read(key, "a list of strings", () -> config.getStringList(key));
  }

  IllegalArgumentException bad(String key, String problem, String allowed) {
    return new IllegalArgumentException(path(key) + ": " + problem + "; allowed: " + allowed);
  }

  private <T> T read(String key, String expected, Supplier<T> getter) {
    try {
      return getter.get();
    } catch (ConfigException.Missing e) {
      throw bad(key, "missing", expected);
    } catch (ConfigException e) {
      String found = config.hasPath(key) ? config.getValue(key).render() : "?";
      throw bad(key, "cannot read " + found, expected);
    }
  }
}

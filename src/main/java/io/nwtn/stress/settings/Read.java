package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Typed reads of one key that turn every bad value into a one-line {@link SettingsException}. */
final class Read {

  static final String DURATION = "a duration such as 500ms, 30s or 5m";

  private Read() {}

  static Duration duration(Config config, String key, Duration min) {
    Duration value = typed(config, key, config::getDuration, "a duration", DURATION);
    if (value.compareTo(min) < 0) {
      throw new SettingsException(
          key,
          value.toMillis() + "ms is below " + min.toMillis() + "ms",
          DURATION + ", at least " + min.toMillis() + "ms");
    }
    return value;
  }

  static int integer(Config config, String key, int min) {
    String allowed = "a whole number of at least " + min;
    int value = typed(config, key, config::getInt, "a whole number", allowed);
    if (value < min) {
      throw new SettingsException(key, value + " is below " + min, allowed);
    }
    return value;
  }

  static double number(Config config, String key, double min, double max) {
    String allowed = "a number from " + min + " to " + max;
    double value = typed(config, key, config::getDouble, "a number", allowed);
    if (!(value >= min && value <= max)) {
      throw new SettingsException(key, value + " is out of range", allowed);
    }
    return value;
  }

  static <E extends Enum<E>> E choice(Config config, String key, Class<E> type) {
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining("|"));
    String value = string(config, key, allowed);
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new SettingsException(key, "'" + value + "' is not known", allowed);
    }
  }

  static String string(Config config, String key, String allowed) {
    try {
      return config.getString(key);
    } catch (ConfigException.Missing e) {
      throw new SettingsException(key, "missing", allowed);
    } catch (ConfigException e) {
      throw new SettingsException(key, "not a single value", allowed);
    }
  }

  static boolean bool(Config config, String key) {
    try {
      return config.getBoolean(key);
    } catch (ConfigException e) {
      throw new SettingsException(key, "'" + raw(config, key) + "' is not a boolean", "true|false");
    }
  }

  /** The value read by {@code getter}; a missing or mistyped one is a {@link SettingsException}. */
  private static <T> T typed(
      Config config, String key, Function<String, T> getter, String kind, String allowed) {
    try {
      return getter.apply(key);
    } catch (ConfigException.Missing e) {
      throw new SettingsException(key, "missing", allowed);
    } catch (ConfigException e) {
      throw new SettingsException(key, "'" + raw(config, key) + "' is not " + kind, allowed);
    }
  }

  /** The value as the user wrote it, for error messages. */
  static String raw(Config config, String key) {
    try {
      return String.valueOf(config.getValue(key).unwrapped());
    } catch (ConfigException e) {
      return "?";
    }
  }
}

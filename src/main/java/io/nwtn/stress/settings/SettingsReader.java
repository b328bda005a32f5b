package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reads of the settings: the one way every {@code nwtn.*} key is read. A reader covers one
 * section (e.g. {@code nwtn.load}) of a resolved configuration, and turns every missing, mistyped
 * or out-of-range value into a {@link SettingsException} that names the full key, the problem and
 * what is allowed, e.g. {@code nwtn.load.users: 'many' is not a whole number; allowed: a whole
 * number of at least 1}.
 */
public final class SettingsReader {

  private static final String DURATION = "a duration such as 500ms, 30s or 5m";

  private final Config config;
  private final String prefix;

  private SettingsReader(Config config, String prefix) {
    this.config = config;
    this.prefix = prefix;
  }

  /**
   * A reader of a whole configuration, whose keys are full keys such as {@code nwtn.load.users}.
   */
  public static SettingsReader of(Config root) {
    return new SettingsReader(root, "");
  }

  /** A reader of one section held on its own, e.g. a patch of {@code nwtn.reference.faults}. */
  public static SettingsReader section(Config section, String prefix) {
    return new SettingsReader(section, prefix);
  }

  /** The reader of the section under {@code key}. */
  public SettingsReader child(String key) {
    return new SettingsReader(typed(key, config::getConfig, "a section", "a section"), path(key));
  }

  /** The readers of a list of sections, named {@code key.0}, {@code key.1}, ... */
  public List<SettingsReader> sections(String key) {
    List<? extends Config> list =
        typed(key, config::getConfigList, "a list of sections", "a list of sections");
    List<SettingsReader> readers = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      readers.add(new SettingsReader(list.get(i), path(key + "." + i)));
    }
    return readers;
  }

  /** The keys this section holds. */
  public Set<String> keys() {
    return config.root().keySet();
  }

  /** The full key of {@code key}, e.g. {@code nwtn.load.users} for {@code users}. */
  public String path(String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  /** A duration of at least {@code min}. */
  public Duration duration(String key, Duration min) {
    String allowed = DURATION + ", at least " + human(min);
    Duration value = typed(key, config::getDuration, "a duration", allowed);
    if (value.compareTo(min) < 0) {
      throw bad(key, human(value) + " is too short", allowed);
    }
    return value;
  }

  /** A whole number from {@code min} to {@code max} ({@link Integer#MAX_VALUE}: no upper bound). */
  public int intIn(String key, int min, int max) {
    long highest = max == Integer.MAX_VALUE ? Long.MAX_VALUE : max;
    return (int) whole(key, min, highest, config::getInt);
  }

  /** A whole number from {@code min} to {@code max} ({@link Long#MAX_VALUE}: no upper bound). */
  public long longIn(String key, long min, long max) {
    return whole(key, min, max, config::getLong);
  }

  /** A number from {@code min} to {@code max}. */
  public double doubleIn(String key, double min, double max) {
    String allowed = "a number from " + min + " to " + max;
    double value = typed(key, config::getDouble, "a number", allowed);
    if (!(value >= min && value <= max)) {
      throw bad(key, value + " is out of range", allowed);
    }
    return value;
  }

  /** A size in bytes such as {@code 4MiB}, from {@code min} to {@code max} bytes. */
  public long bytesIn(String key, long min, long max) {
    String allowed = "a size such as 4MiB, from " + min + " to " + max + " bytes";
    long value = typed(key, config::getBytes, "a size", allowed);
    if (value < min || value > max) {
      throw bad(key, value + " bytes is out of range", allowed);
    }
    return value;
  }

  /** {@code true} or {@code false}. */
  public boolean bool(String key) {
    return typed(key, config::getBoolean, "a boolean", "true|false");
  }

  /** A single value, as text. */
  public String string(String key) {
    return string(key, "a string");
  }

  /** A single value, as text; {@code allowed} says what it should be. */
  public String string(String key, String allowed) {
    return typed(key, config::getString, "a string", allowed);
  }

  /** A list of strings. */
  public List<String> strings(String key) {
    return typed(key, config::getStringList, "a list of strings", "a list of strings");
  }

  /** One of the enum's constants, written in lower case. */
  public <E extends Enum<E>> E choice(String key, Class<E> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    return Enum.valueOf(type, choice(key, names).toUpperCase(Locale.ROOT));
  }

  /** One of {@code names}. */
  public String choice(String key, List<String> names) {
    String value = string(key, String.join("|", names)).trim();
    return known(key, value, names);
  }

  /** A list whose every element is one of {@code names}. */
  public List<String> choices(String key, List<String> names) {
    return strings(key).stream().map(v -> known(key, v, names)).toList();
  }

  /** A value that was read but breaks a rule of its own, named by its full key. */
  public SettingsException bad(String key, String problem, String allowed) {
    return new SettingsException(path(key), problem, allowed);
  }

  private long whole(String key, long min, long max, Function<String, ? extends Number> getter) {
    String allowed = max == Long.MAX_VALUE ? "a whole number of at least " + min : min + ".." + max;
    long value = typed(key, getter, "a whole number", allowed).longValue();
    if (value < min && max == Long.MAX_VALUE) {
      throw bad(key, value + " is below " + min, allowed);
    }
    if (value < min || value > max) {
      throw bad(key, value + " is out of range", allowed);
    }
    return value;
  }

  /** {@code value} in lower case when it is one of {@code names}, written in lower case. */
  private String known(String key, String value, List<String> names) {
    if (!names.contains(value.toLowerCase(Locale.ROOT))) {
      throw bad(key, "'" + value + "' is not known", String.join("|", names));
    }
    return value.toLowerCase(Locale.ROOT);
  }

  /** The value {@code getter} reads; a missing or mistyped one is a {@link SettingsException}. */
  private <T> T typed(String key, Function<String, T> getter, String kind, String allowed) {
    try {
      return getter.apply(key);
    } catch (ConfigException.Missing e) {
      throw bad(key, "missing", allowed);
    } catch (ConfigException e) {
      throw bad(key, "'" + raw(key) + "' is not " + kind, allowed);
    }
  }

  /** The value as the user wrote it, for messages. */
  private String raw(String key) {
    try {
      return String.valueOf(config.getValue(key).unwrapped());
    } catch (ConfigException e) {
      return "?";
    }
  }

  /** {@code 10s} for whole seconds, else milliseconds: as a person would write it. */
  static String human(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }
}

package io.nwtn.stress.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The short command-line flags of PRSM's original script, each an alias of a full key: {@code
 * -Dprofile}, {@code -Durl}, {@code -Dusers}, {@code -Dduration} (steady state, seconds), {@code
 * -Dlatency} (P95 limit, milliseconds) and {@code -Dsuccess-rate}.
 */
final class Flags {

  /** Flag name to the full key it sets. */
  static final Map<String, String> KEYS =
      Map.of(
          "profile", "nwtn.load.profile",
          "url", "nwtn.target.url",
          "users", "nwtn.load.users",
          "duration", "nwtn.load.steady",
          "latency", "nwtn.requirements.p95-latency",
          "success-rate", "nwtn.requirements.success-rate");

  private Flags() {}

  /** The flags present in {@code props}, as full keys with values in the full keys' syntax. */
  static Map<String, String> asKeys(Properties props) {
    Map<String, String> keys = new LinkedHashMap<>();
    KEYS.forEach(
        (flag, key) -> {
          String value = props.getProperty(flag);
          if (value != null) {
            keys.put(key, withUnit(flag, value.trim()));
          }
        });
    return keys;
  }

  /** The flag that sets {@code key}, when one was given, e.g. {@code users} for the users key. */
  static String flagFor(String key, Properties props) {
    return KEYS.entrySet().stream()
        .filter(e -> e.getValue().equals(key) && props.getProperty(e.getKey()) != null)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /** Bare numbers get the unit of the original script: seconds for duration, ms for latency. */
  private static String withUnit(String flag, String value) {
    if (!value.matches("[0-9]+(\\.[0-9]+)?")) {
      return value;
    }
    return switch (flag) {
      case "duration" -> value + "s";
      case "latency" -> value + "ms";
      default -> value;
    };
  }
}

package io.nwtn.stress.settings;

/**
 * A setting with a wrong value or an unknown name. The message is one line a person can act on: the
 * key, what is wrong and what is allowed, e.g. {@code nwtn.load.users: -5 is below 1; allowed: a
 * whole number of at least 1}; for a key no setting has, where it was written and the nearest known
 * key, e.g. {@code -Dnwtn.load.usrs: unknown setting; did you mean nwtn.load.users?}.
 */
public final class SettingsException extends IllegalArgumentException {

  private final String key;
  private final String problem;
  private final String allowed;

  public SettingsException(String key, String problem, String allowed) {
    super(key + ": " + problem + "; allowed: " + allowed);
    this.key = key;
    this.problem = problem;
    this.allowed = allowed;
  }

  private SettingsException(String key, String line) {
    super(line);
    this.key = key;
    this.problem = line;
    this.allowed = "";
  }

  /**
   * A key that no setting has.
   *
   * @param key the full key as written, e.g. {@code nwtn.load.usrs}
   * @param where the key prefixed with where it was written, e.g. {@code -Dnwtn.load.usrs}
   * @param hint the nearest known key or the known keys, e.g. {@code did you mean nwtn.load.users?}
   */
  static SettingsException unknownKey(String key, String where, String hint) {
    return new SettingsException(key, where + ": unknown setting; " + hint);
  }

  /** The full key (or command-line flag) whose value is wrong. */
  public String key() {
    return key;
  }

  /** The same problem, named by the command-line flag that set {@link #key()}. */
  SettingsException viaFlag(String flag) {
    return new SettingsException("-D" + flag, problem + " (" + key + ")", allowed);
  }
}

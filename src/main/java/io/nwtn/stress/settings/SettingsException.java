package io.nwtn.stress.settings;

/**
 * A setting with a wrong value. The message is one line a person can act on: the key, what is wrong
 * and what is allowed, e.g. {@code nwtn.load.users: -5 is below 1; allowed: a whole number of at
 * least 1}.
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

  /** The full key (or command-line flag) whose value is wrong. */
  public String key() {
    return key;
  }

  /** The same problem, named by the command-line flag that set {@link #key()}. */
  SettingsException viaFlag(String flag) {
    return new SettingsException("-D" + flag, problem + " (" + key + ")", allowed);
  }
}

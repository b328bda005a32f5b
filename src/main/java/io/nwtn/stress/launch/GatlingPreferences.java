package io.nwtn.stress.launch;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;

/**
 * The Java preferences of the Gatling JVM that {@code mvn gatling:test} forks (the plugin's {@code
 * jvmArgs} name this factory in {@code java.util.prefs.PreferencesFactory}): kept in memory, with
 * Gatling's own release check already answered by the Gatling version in use.
 *
 * <p>Gatling's main asks Maven Central for its latest release before it loads the simulation, and
 * keeps the answer in the user's preferences; Gatling 3.15.1 stores it under the wrong key, so the
 * check never counts as done and every run paid an HTTPS request (up to 1 s of timeouts), then an
 * XML transformer to save the answer, before its first request. The suite pins its Gatling version
 * (the {@code simulation.log} decoder is written for exactly it), so the answer can only be "the
 * version in use": it is given here and nothing leaves the machine. No other part of the run reads
 * or writes preferences.
 */
public final class GatlingPreferences implements PreferencesFactory {

  /** Gatling's node for its release check, and its keys. */
  static final String RELEASE_NODE = "io/gatling/latestVersion";

  static final String CHECKED_AT = "lastCheckTimestamp";
  static final String CHECK_SUCCEEDED = "lastCheckSuccess";
  static final String LATEST_NUMBER = "latestReleaseNumber";
  static final String LATEST_DATE = "latestReleaseDate";

  private static final Preferences USER = userRoot(System.currentTimeMillis());
  private static final Preferences SYSTEM = new Node(null, "");

  /** Instantiated by {@link Preferences} through its factory property. */
  public GatlingPreferences() {}

  @Override
  public Preferences userRoot() {
    return USER;
  }

  @Override
  public Preferences systemRoot() {
    return SYSTEM;
  }

  /**
   * A user root whose release check was answered at {@code nowMs} with the Gatling version on the
   * classpath (Gatling's {@code gatling-version} resource): the check is fresh for a day.
   */
  static Preferences userRoot(long nowMs) {
    Preferences root = new Node(null, "");
    Preferences release = root.node(RELEASE_NODE);
    ResourceBundle version = ResourceBundle.getBundle("gatling-version");
    release.putLong(CHECKED_AT, nowMs);
    release.putBoolean(CHECK_SUCCEEDED, true);
    release.put(LATEST_NUMBER, version.getString("version"));
    release.put(LATEST_DATE, version.getString("release-date"));
    return root;
  }

  /** One node, in memory: nothing is read from or written to disk. */
  private static final class Node extends AbstractPreferences {

    private final Map<String, String> values = new HashMap<>();

    Node(Node parent, String name) {
      super(parent, name);
    }

    @Override
    protected void putSpi(String key, String value) {
      values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
      return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
      values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
      values.clear();
    }

    @Override
    protected String[] keysSpi() {
      return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
      return new String[0]; // the children made so far are cached by AbstractPreferences
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
      return new Node(this, name);
    }

    @Override
    protected void syncSpi() {}

    @Override
    protected void flushSpi() {}
  }
}

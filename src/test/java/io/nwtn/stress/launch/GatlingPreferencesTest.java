package io.nwtn.stress.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The Gatling JVM's preferences answer Gatling's release check with the version in use. */
class GatlingPreferencesTest {

  @Test
  void theReleaseCheckIsAnsweredWithTheGatlingVersionInUseAsOfNow() throws Exception {
    Preferences release = GatlingPreferences.userRoot(1_234L).node(GatlingPreferences.RELEASE_NODE);
    ResourceBundle version = ResourceBundle.getBundle("gatling-version");
    assertEquals(1_234L, release.getLong(GatlingPreferences.CHECKED_AT, 0));
    assertTrue(release.getBoolean(GatlingPreferences.CHECK_SUCCEEDED, false));
    assertEquals(version.getString("version"), release.get(GatlingPreferences.LATEST_NUMBER, null));
    assertEquals(
        version.getString("release-date"), release.get(GatlingPreferences.LATEST_DATE, null));
    release.put("other", "kept in memory");
    assertEquals("kept in memory", release.get("other", null));
    release.flush(); // nothing to write
  }

  @Test
  void theForkedGatlingJvmUsesThem() throws Exception {
    assertTrue(
        Files.readString(Path.of("pom.xml"))
            .contains(
                "-Djava.util.prefs.PreferencesFactory=" + GatlingPreferences.class.getName()));
  }
}

package io.nwtn.stress.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.settings.SuiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunConsoleTest {

  private static SuiteSettings settings(String url) {
    Properties p = new Properties();
    p.setProperty("profile", "quick");
    p.setProperty("url", url);
    return SuiteSettings.load(
        p, Map.of("NWTN_API_TOKEN", "sup3r-s3cret"), Path.of("user-files", "profiles"));
  }

  @Test
  void summaryNamesProfileUsersPhasesAndTargetButNeverTheToken() {
    String line = RunConsole.summary(settings("http://127.0.0.1:8002"));
    assertEquals(
        "NWTN stress: profile quick, 100 users, ramp-up 30s, steady 60s, ramp-down 30s,"
            + " think 2s-10s, mix 40/40/20 simple/medium/complex, target http://127.0.0.1:8002"
            + " (with bearer token)",
        line);
    assertFalse(line.contains("sup3r"));
  }

  @ParameterizedTest
  @CsvSource({"http://127.0.0.1:8002, false", "https://prsm-api.example.com, true"})
  void onlyARemoteTargetGetsTheProminentWarning(String url, boolean warned) {
    String warning = RunConsole.remoteWarning(settings(url));
    assertEquals(warned, !warning.isEmpty());
    if (warned) {
      assertTrue(warning.contains(url) && warning.contains("peak 100 concurrent users"), warning);
      assertFalse(warning.contains("sup3r"));
    }
  }
}

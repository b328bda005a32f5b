package simulations.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.config.SuiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run against a host other than this machine names the target and the peak load up front. */
class RemoteTargetWarningTest {

  private static SuiteSettings settings(String url, Map<String, String> env) {
    Properties props = new Properties();
    props.setProperty("url", url);
    props.setProperty("users", "1500");
    return SuiteSettings.load(props, env, Path.of("no-such-profiles"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://10.20.30.40:8000",
        "https://prsm-api.example.com",
        "http://192.168.1.7:8000/prsm"
      })
  void remoteTargetGetsItsUrlAndPeakLoadInABox(String url) {
    String warning = RunConsole.remoteWarning(settings(url, Map.of()));
    assertTrue(warning.contains("REMOTE target: " + url), warning);
    assertTrue(warning.contains("peak 1500 concurrent users"), warning);
    assertEquals(3, warning.lines().count(), warning);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"})
  void loopbackTargetGetsNoWarning(String url) {
    assertEquals("", RunConsole.remoteWarning(settings(url, Map.of())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://10.20.30.40:8000", "http://127.0.0.1:8000"})
  void theTokenIsNeverPrintedBeforeTheRun(String url) {
    String token = "s3cr3t-token-value";
    SuiteSettings s = settings(url, Map.of("NWTN_API_TOKEN", token));
    String console = RunConsole.summary(s) + RunConsole.remoteWarning(s) + s;
    assertFalse(console.contains(token), console);
    assertTrue(RunConsole.summary(s).contains("(with bearer token)"));
  }
}

package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live monitoring and abort-on-fail settings: defaults, overrides, one line per wrong value.
 */
class MonitoringSettingsTest {

  static SuiteSettings load(Map<String, String> props) {
    Properties p = new Properties();
    p.putAll(props);
    return SuiteSettings.load(p, Map.of(), Path.of("no-profiles"));
  }

  @Test
  void defaultsServeOnLoopbackPort9464AndNeverAbort() {
    // the surefire run sets the port to 0; reference.conf alone says 9464
    SuiteSettings s = load(Map.of("nwtn.monitoring.port", "9464"));
    MonitoringSettings m = MonitoringSettings.fromConfig(s.config());
    assertEquals(new MonitoringSettings(true, "127.0.0.1", 9464, Duration.ofSeconds(10)), m);
    AbortSettings a = AbortSettings.fromConfig(s.config(), s.workload());
    assertFalse(a.enabled());
    assertEquals(s.workload().rampUp(), a.grace(), "the end of the ramp-up");
    assertEquals(3, a.p95Windows());
  }

  @Test
  void aGraceMayBeADuration() {
    SuiteSettings s =
        load(
            Map.of(
                "nwtn.requirements.abort-on-fail", "true",
                "nwtn.requirements.abort-grace", "15s",
                "nwtn.requirements.abort-p95-windows", "5"));
    assertEquals(
        new AbortSettings(true, Duration.ofSeconds(15), 5),
        AbortSettings.fromConfig(s.config(), s.workload()));
  }

  @ParameterizedTest
  @CsvSource({
    "nwtn.monitoring.port, 70000, nwtn.monitoring.port",
    "nwtn.monitoring.progress-interval, 10ms, nwtn.monitoring.progress-interval",
    "nwtn.requirements.abort-grace, soon, nwtn.requirements.abort-grace",
    "nwtn.requirements.abort-p95-windows, 0, nwtn.requirements.abort-p95-windows",
    "nwtn.monitoring.prot, 1, nwtn.monitoring.port"
  })
  void aWrongValueNamesItsKey(String key, String value, String named) {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> {
              SuiteSettings s = load(Map.of(key, value));
              MonitoringSettings.fromConfig(s.config());
              AbortSettings.fromConfig(s.config(), s.workload());
            });
    assertEquals(true, e.getMessage().contains(named), e.getMessage());
  }
}

package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorInjectionSettingsTest {

  private static ErrorInjectionSettings load(String... keyValues) {
    Properties props = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      props.setProperty(keyValues[i], keyValues[i + 1]);
    }
    SuiteSettings suite = SuiteSettings.load(props, Map.of(), Path.of("no-such-profiles"));
    return ErrorInjectionSettings.fromConfig(suite.config());
  }

  @Test
  void onByDefaultAtOnePercent() {
    ErrorInjectionSettings s = load();
    assertTrue(s.active());
    assertEquals(0.01, s.share());
    assertEquals(Duration.ofSeconds(2), s.maxResponseTime());
  }

  @Test
  void flagsSetTheShareAndTurnItOff() {
    assertEquals(0.2, load("nwtn.error-injection.share", "0.2").share());
    assertFalse(load("nwtn.error-injection.enabled", "false").active());
    assertFalse(load("nwtn.error-injection.share", "0").active());
  }

  @ParameterizedTest
  @CsvSource({
    "nwtn.error-injection.share, 1.5, nwtn.error-injection.share: 1.5 is out of range",
    "nwtn.error-injection.share, lots, nwtn.error-injection.share: 'lots' is not a number",
    "nwtn.error-injection.enabled, maybe, nwtn.error-injection.enabled: 'maybe' is not a boolean",
    "nwtn.error-injection.max-response-time, soon, nwtn.error-injection.max-response-time:"
  })
  void aWrongValueNamesItsKey(String key, String value, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> load(key, value));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}

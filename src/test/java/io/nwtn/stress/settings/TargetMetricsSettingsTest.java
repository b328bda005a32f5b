package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the target's own metrics are read, and the memory limit they are judged against. */
class TargetMetricsSettingsTest {

  static TargetMetricsSettings load(Map<String, String> props) {
    Properties p = new Properties();
    p.putAll(props);
    SuiteSettings s = SuiteSettings.load(p, Map.of(), Path.of("no-profiles"));
    return TargetMetricsSettings.fromConfig(s.config(), s.target());
  }

  @Test
  void byDefaultTheTargetsOwnMetricsPathWithTheTokenAndNoLimit() {
    TargetMetricsSettings t = load(Map.of("url", "http://10.0.0.7:8000/prsm"));
    assertEquals(Optional.of(URI.create("http://10.0.0.7:8000/prsm/metrics")), t.url());
    assertEquals(0, t.memoryLimitBytes());
    assertTrue(t.sendToken(), "the target's own server");
  }

  @Test
  void anotherServerNeverGetsTheTokenNorShowsCredentials() {
    TargetMetricsSettings t =
        load(
            Map.of(
                "nwtn.target.metrics-url", "http://scraper:secret@10.0.0.7:9100/metrics",
                "nwtn.target.memory-limit", "2GiB"));
    assertFalse(t.sendToken());
    assertEquals("http://10.0.0.7:9100/metrics", t.source());
    assertEquals(2L << 30, t.memoryLimitBytes());
  }

  @Test
  void noneReadsNothing() {
    TargetMetricsSettings t = load(Map.of("nwtn.target.metrics-url", "none"));
    assertEquals(Optional.empty(), t.url());
    assertEquals("none", t.source());
  }

  @ParameterizedTest
  @CsvSource({
    "nwtn.target.metrics-url, ftp://host/metrics, nwtn.target.metrics-url",
    "nwtn.target.metrics-url, not a url, nwtn.target.metrics-url",
    "nwtn.target.memory-limit, lots, nwtn.target.memory-limit",
    "nwtn.target.memory-limit, -1, nwtn.target.memory-limit",
    "nwtn.target.metrics-ulr, none, nwtn.target.metrics-url"
  })
  void aWrongValueNamesItsKey(String key, String value, String named) {
    SettingsException e = assertThrows(SettingsException.class, () -> load(Map.of(key, value)));
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }
}

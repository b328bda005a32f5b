package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.distributed.InjectorShare;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settings of one injector of a split run, and its exact share of the users and arrivals. */
class InjectorSettingsTest {

  static Config config(String hocon) {
    return ConfigFactory.parseString(hocon)
        .withFallback(ConfigFactory.defaultReference())
        .resolve();
  }

  @Test
  void aloneTheInjectorIsTheWholeRunWithAGeneratedId() {
    InjectorSettings s = InjectorSettings.fromConfig(config(""));
    assertEquals(1, s.count());
    assertEquals(0, s.index());
    assertTrue(s.runId().matches("run-\\d{8}-\\d{6}-[0-9a-f]{4}"), s.runId());
    assertEquals(Path.of("target/nwtn", s.runId(), "injector-0"), s.folder(Path.of("target/nwtn")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nwtn.injector.count = 0 | nwtn.injector.count: 0 is below 1",
        "nwtn.injector { count = 2, index = 2 }, nwtn.run-id = r | nwtn.injector.index: 2 is outside 0..1",
        "nwtn.injector { count = 2, index = -1 }, nwtn.run-id = r | nwtn.injector.index: -1 is outside 0..1",
        "nwtn.injector.count = 2 | nwtn.run-id: missing for a run of 2 injectors",
        "nwtn.run-id = \"../etc\" | nwtn.run-id: '../etc' is not a valid run id",
        "nwtn.injector.count = two | nwtn.injector.count: 'two' is not a whole number",
        "nwtn.injector.start-at = soon | nwtn.injector.start-at: 'soon' is not a time",
      })
  void wrongSettingsFailWithTheirKey(String hocon, String message) {
    SettingsException e =
        assertThrows(SettingsException.class, () -> InjectorSettings.fromConfig(config(hocon)));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void theCoordinatedStartIsReadAsAnInstantOrEpochMillis() {
    assertEquals(
        1_767_225_600_000L,
        InjectorSettings.fromConfig(config("nwtn.injector.start-at = \"2026-01-01T00:00:00Z\""))
            .startAtEpochMs());
    assertEquals(
        42L, InjectorSettings.fromConfig(config("nwtn.injector.start-at = 42")).startAtEpochMs());
  }

  @ParameterizedTest(name = "{0} users over {1}: {2}")
  @CsvSource({"1000, 3, 334 333 333", "10, 4, 3 3 2 2", "7, 7, 1 1 1 1 1 1 1", "5, 1, 5"})
  void usersAreSplitExactly(int total, int count, String expected) {
    String shares =
        String.join(
            " ",
            IntStream.range(0, count)
                .mapToObj(i -> String.valueOf(InjectorShare.users(total, count, i)))
                .toList());
    assertEquals(expected, shares);
  }

  @ParameterizedTest(name = "injector {0} of 3")
  @CsvSource({"0, 334", "1, 333", "2, 333"})
  void anInjectorRunsItsShareWithTheSameShapeAndTheWholeRequirements(int index, int users) {
    Properties p = new Properties();
    p.putAll(
        Map.of(
            "nwtn.load.users", "1000",
            "nwtn.load.model", "open",
            "nwtn.load.arrival-rate", "300",
            "nwtn.injector.count", "3",
            "nwtn.injector.index", String.valueOf(index),
            "nwtn.run-id", "r"));
    SuiteSettings whole = SuiteSettings.load(p, Map.of(), Path.of("no-profiles"));
    SuiteSettings share = InjectorShare.apply(whole);
    assertEquals(users, share.workload().users());
    assertEquals(300.0 * users / 1000, share.workload().arrivalRate(), 1e-9);
    assertEquals(InjectionModel.OPEN, share.workload().model());
    assertEquals(whole.workload().rampUp(), share.workload().rampUp());
    assertEquals(whole.workload().weights(), share.workload().weights());
    assertEquals(1000, share.requirements().concurrency(), "judged on the merged run");
  }

  @Test
  void moreInjectorsThanUsersIsRefused() {
    Properties p = new Properties();
    p.putAll(
        Map.of(
            "nwtn.load.users", "2",
            "nwtn.injector.count", "3",
            "nwtn.injector.index", "2",
            "nwtn.run-id", "r"));
    SuiteSettings whole = SuiteSettings.load(p, Map.of(), Path.of("no-profiles"));
    SettingsException e = assertThrows(SettingsException.class, () -> InjectorShare.apply(whole));
    assertTrue(e.getMessage().contains("without users"), e.getMessage());
  }
}

package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.settings.SettingsLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceSettingsTest {

  @TempDir Path profiles;

  @Test
  void defaultsRunTheContractsAgentsWithinTheContractsAllocation() {
    ReferenceSettings settings = TestServer.settings("");
    assertEquals(8000, settings.port());
    assertEquals("127.0.0.1", settings.host());
    for (QueryClass queryClass : QueryClass.values()) {
      List<AgentProfile> profiles = settings.pipeline().get(queryClass);
      assertEquals(
          queryClass.expectedAgents(), profiles.stream().map(AgentProfile::agent).toList());
      int maxContext = profiles.stream().mapToInt(AgentProfile::contextMax).sum();
      assertTrue(maxContext <= queryClass.contextAllocation(), queryClass + " can need too much");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "port = 70000 | nwtn.reference.port: 70000 is out of range; allowed: 0..65535",
        "port = eighty | nwtn.reference.port: 'eighty' is not a whole number",
        "queue-size = -1 | nwtn.reference.queue-size:",
        "faults.error-ratio = 1.5 | nwtn.reference.faults.error-ratio: 1.5 is out of range",
        "faults.failing-agent = oracle | nwtn.reference.faults.failing-agent: unknown agent 'oracle'",
        "faults.outage-duration = soon | nwtn.reference.faults.outage-duration: 'soon' is not a"
            + " duration",
        "breaker.minimum-calls = 500 | nwtn.reference.breaker.minimum-calls: 500 is out of range",
        "breaker.cool-down = 0s | nwtn.reference.breaker.cool-down: 0s is too short",
        "pipeline.simple.oracle { median = 1ms, p95 = 2ms, context-min = 1, context-max = 2 }"
            + " | nwtn.reference.pipeline.simple.oracle: unknown agent",
        "pipeline.simple.executor.p95 = 1ms | nwtn.reference.pipeline.simple.executor.p95: 1ms"
            + " is too short",
        "refused-patterns = [\"(\"] | nwtn.reference.refused-patterns: '(' is not a regular",
        "confidence-max = 0.5 | nwtn.reference.confidence-max: 0.5 is out of range"
      })
  void aBadSettingFailsWithOneLineNamingTheKey(String override, String expectedStart) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TestServer.settings("nwtn.reference." + override));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    assertTrue(e.getMessage().contains("; allowed: "), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "faults.typo-ratio = 0.1 | nwtn.reference.faults.typo-ratio: unknown setting",
        "max-concurent-pipelines = 5 | nwtn.reference.max-concurent-pipelines: unknown setting",
        "breaker.cooldown = 5s | nwtn.reference.breaker.cooldown: unknown setting",
        "pipeline.simple.executor.mean = 5ms | nwtn.reference.pipeline.simple.executor.mean: unknown",
        "pipeline.trivial {} | nwtn.reference.pipeline.trivial: unknown setting"
      })
  void anUnknownSettingFailsWithOneLineNamingTheKeyAndItsFile(String override, String expected)
      throws IOException {
    Path file = Files.writeString(profiles.resolve("typo.conf"), "nwtn.reference." + override);
    Properties props = new Properties();
    props.setProperty("profile", "typo");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReferenceSettings.fromConfig(SettingsLoader.load(props, profiles)));
    assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'));
  }

  @Test
  void systemPropertiesOverrideTheDefaults() {
    ReferenceSettings settings = TestServer.settings("nwtn.reference.max-concurrent-pipelines = 7");
    assertEquals(7, settings.maxConcurrentPipelines());
  }
}

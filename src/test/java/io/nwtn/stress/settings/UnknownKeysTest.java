package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.reference.AgentProfile;
import io.nwtn.stress.reference.ReferenceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A key under nwtn that reference.conf does not know stops the load with one line, at any depth.
 */
class UnknownKeysTest {

  private static final String SCENARIO =
      "{ name = S, class = simple, expected-agents = [architect, executor], time-limit = 3s,"
          + " context-allocation = 50, prompts = [\"What is AI?\"] }";

  @TempDir Path profiles;

  /** Key, value, the same key written in a profile file, and what the line says of it. */
  static Stream<Arguments> typos() {
    return Stream.of(
        typo("nwtn.laod.users", "5", "did you mean nwtn.load.users?"),
        typo("nwtn.load.think-time.mx", "2s", "did you mean nwtn.load.think-time.max?"),
        typo("nwtn.error-injection.shar", "0.5", "did you mean nwtn.error-injection.share?"),
        typo("nwtn.reference.breaker.windw", "5", "did you mean nwtn.reference.breaker.window?"),
        typo(
            "nwtn.reference.pipeline.simple.architect.medain",
            "5ms",
            "did you mean nwtn.reference.pipeline.simple.architect.median?"),
        Arguments.of(
            "nwtn.validation.scenarios.1.time-limt",
            "5s",
            "nwtn.validation.scenarios = [" + SCENARIO + ", { time-limt = 5s }]",
            "did you mean nwtn.validation.scenarios.1.time-limit?"),
        typo(
            "nwtn.foo",
            "1",
            "known keys under nwtn: compare, error-injection, injector, load, monitoring, reference, report,"
                + " requirements, run-id, target, validation, verbose"));
  }

  private static Arguments typo(String key, String value, String hint) {
    return Arguments.of(key, value, key + " = " + value, hint);
  }

  @ParameterizedTest(name = "-D{0}")
  @MethodSource("typos")
  void aTypoInASystemPropertyStopsTheLoadWithOneLine(
      String key, String value, String hocon, String hint) {
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> SettingsLoader.load(props(key, value), profiles));
    assertEquals("-D" + key + ": unknown setting; " + hint, e.getMessage());
  }

  @ParameterizedTest(name = "{0} in a profile")
  @MethodSource("typos")
  void aTypoInAProfileFileStopsTheLoadNamingTheFile(
      String key, String value, String hocon, String hint) throws IOException {
    Path file = Files.writeString(profiles.resolve("mine.conf"), hocon);
    SettingsException e =
        assertThrows(
            SettingsException.class, () -> SettingsLoader.load(props("profile", "mine"), profiles));
    assertEquals(file + ": " + key + ": unknown setting; " + hint, e.getMessage());
  }

  @Test
  void aTypoReachesTheStressRunsSettingsAsTheSameLine() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> SuiteSettings.load(props("nwtn.load.think-time.mx", "2s"), Map.of(), profiles));
    assertEquals(
        "-Dnwtn.load.think-time.mx: unknown setting; did you mean nwtn.load.think-time.max?",
        e.getMessage());
  }

  @Test
  void nothingCloseNamesTheKeysOfTheDeepestKnownSection() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () ->
                SettingsLoader.load(
                    props("nwtn.reference.pipeline.simple.oracle.median", "5ms"), profiles));
    assertEquals(
        "-Dnwtn.reference.pipeline.simple.oracle.median: unknown setting; known keys under"
            + " nwtn.reference.pipeline.simple: architect, compiler, executor, prompter, router",
        e.getMessage());
  }

  @Test
  void anyClassMayConfigureAnyPipelineAgent() throws IOException {
    SettingsLoader.load(props("nwtn.reference.pipeline.simple.router.median", "50ms"), profiles);
    Files.writeString(
        profiles.resolve("routed.conf"),
        "nwtn.reference.pipeline.simple.router"
            + " { median = 20ms, p95 = 40ms, context-min = 1, context-max = 2 }");
    Config root = SettingsLoader.load(props("profile", "routed"), profiles);
    assertEquals(
        List.of(Agent.ARCHITECT, Agent.ROUTER, Agent.EXECUTOR),
        ReferenceSettings.fromConfig(root).pipeline().get(QueryClass.SIMPLE).stream()
            .map(AgentProfile::agent)
            .toList());
  }

  @Test
  void scenarioElementsWithTheReferenceKeysLoad() throws IOException {
    Files.writeString(
        profiles.resolve("two.conf"),
        "nwtn.validation.scenarios = [" + SCENARIO + ", " + SCENARIO + "]");
    Config root = SettingsLoader.load(props("profile", "two"), profiles);
    assertEquals(2, ValidationSettings.fromConfig(root).scenarios().size());
  }

  @Test
  void theVerboseSwitchAndKeysOutsideNwtnAreNotRefused() {
    Properties p = props("nwtn.verbose", "true");
    p.setProperty("nwtnx.users", "5");
    p.setProperty("gatling.core.runDescription", "x");
    Config root = SettingsLoader.load(p, profiles);
    assertEquals(true, root.getBoolean("nwtn.verbose"));
  }

  private static Properties props(String key, String value) {
    Properties p = new Properties();
    p.setProperty(key, value);
    return p;
  }
}

package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationSettingsTest {

  private static Config defaults() {
    return ConfigFactory.defaultReference();
  }

  @Test
  void defaultsAreTheContractsFourScenarios() {
    ValidationSettings s = ValidationSettings.fromConfig(defaults());
    assertEquals(3, s.repetitions());
    assertEquals(0.7, s.minConfidence());
    List<ValidationScenario> sc = s.scenarios();
    assertEquals(
        List.of(
            "Simple Query Processing",
            "Medium Complexity Analysis",
            "Complex Research Task",
            "Multi-Domain Technical Query"),
        sc.stream().map(ValidationScenario::name).toList());
    assertEquals(
        List.of(QueryClass.SIMPLE, QueryClass.MEDIUM, QueryClass.COMPLEX, QueryClass.COMPLEX),
        sc.stream().map(ValidationScenario::queryClass).toList());
    assertEquals(
        List.of(3L, 8L, 15L, 20L), sc.stream().map(x -> x.timeLimit().toSeconds()).toList());
    assertEquals(
        List.of(50, 100, 200, 250),
        sc.stream().map(ValidationScenario::contextAllocation).toList());
    assertEquals(List.of(Agent.ARCHITECT, Agent.EXECUTOR), sc.get(0).expectedAgents());
    assertEquals(QueryClass.MEDIUM.expectedAgents(), sc.get(1).expectedAgents());
    assertEquals(Agent.PIPELINE, sc.get(3).expectedAgents());
    assertTrue(sc.stream().allMatch(x -> x.prompts().size() >= 3));
  }

  @Test
  void runsCycleThroughTheScenariosPrompts() {
    ValidationScenario simple = ValidationSettings.fromConfig(defaults()).scenarios().get(0);
    assertEquals(simple.prompt(1), simple.prompt(1 + simple.prompts().size()));
    assertEquals(simple.prompts().get(1), simple.prompt(2));
  }

  @Test
  void systemStyleOverridesWin() {
    Config c =
        ConfigFactory.parseString(
                "nwtn.validation { repetitions = 1, "
                    + "scenarios = [{name = X, class = medium, expected-agents = [router], time-limit = 500ms,"
                    + " context-allocation = 10, prompts = [\"Explain caching\"]}] }")
            .withFallback(defaults());
    ValidationSettings s = ValidationSettings.fromConfig(c);
    assertEquals(1, s.repetitions());
    assertEquals(Duration.ofMillis(500), s.scenarios().get(0).timeLimit());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "repetitions | 0 | nwtn.validation.repetitions: 0 is out of range; allowed: 1..1000",
        "repetitions | many | nwtn.validation.repetitions",
        "min-confidence | 1.5 | nwtn.validation.min-confidence: 1.5 is out of range",
        "scenarios.0.class | trivial | nwtn.validation.scenarios.0.class: 'trivial' is not known;"
            + " allowed: simple|medium|complex",
        "scenarios.0.expected-agents | [planner] | nwtn.validation.scenarios.0.expected-agents:"
            + " 'planner' is not known",
        "scenarios.0.time-limit | 0s | nwtn.validation.scenarios.0.time-limit",
        "scenarios.0.time-limit | soon | nwtn.validation.scenarios.0.time-limit",
        "scenarios.0.context-allocation | 100001 | nwtn.validation.scenarios.0.context-allocation:"
            + " 100001 is out of range; allowed: 1..100000",
        "scenarios.0.prompts | [] | nwtn.validation.scenarios.0.prompts"
      })
  void aBadValueNamesItsKey(String key, String value, String message) {
    Config c = override(key, value);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ValidationSettings.fromConfig(c));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  private static Config override(String key, String value) {
    Config base = defaults();
    if (!key.startsWith("scenarios.0.")) {
      return ConfigFactory.parseString("nwtn.validation." + key + " = " + value).withFallback(base);
    }
    Config first = base.getConfigList("nwtn.validation.scenarios").get(0);
    Config changed =
        ConfigFactory.parseString(key.substring(12) + " = " + value).withFallback(first);
    return ConfigFactory.parseMap(
            java.util.Map.of("nwtn.validation.scenarios", List.of(changed.root().unwrapped())))
        .withFallback(base);
  }
}

package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The settings of the agent pipeline validation ({@code nwtn.validation}), read once and checked
 * before any request is sent.
 *
 * @param repetitions how many times each scenario runs
 * @param minConfidence the lowest {@code confidence_score} a passing answer may have
 * @param outputDir where run folders and {@code latest/} are written
 * @param userIdPrefix the {@code user_id} prefix of validation requests
 * @param scenarios the scenarios, in the order they run
 */
public record ValidationSettings(
    int repetitions,
    double minConfidence,
    Path outputDir,
    String userIdPrefix,
    List<ValidationScenario> scenarios) {

  public ValidationSettings {
    scenarios = List.copyOf(scenarios);
  }

  /** Reads and validates {@code nwtn.validation} of a resolved configuration. */
  public static ValidationSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.validation");
    int repetitions = s.intIn("repetitions", 1, 1000);
    double minConfidence = s.doubleIn("min-confidence", 0, 1);
    String prefix = prefix(s);
    List<ValidationScenario> scenarios = new ArrayList<>();
    for (SettingsReader scenario : s.sections("scenarios")) {
      scenarios.add(scenario(scenario));
    }
    if (scenarios.isEmpty()) {
      throw s.bad("scenarios", "[] is not allowed", "at least one scenario");
    }
    Path dir = Path.of(s.string("output-dir", "a folder path"));
    return new ValidationSettings(repetitions, minConfidence, dir, prefix, scenarios);
  }

  private static ValidationScenario scenario(SettingsReader s) {
    String name = s.string("name", "a non-empty name");
    if (name.isBlank()) {
      throw s.bad("name", "\"" + name + "\" is not allowed", "a non-empty name");
    }
    QueryClass queryClass =
        QueryClass.fromWire(s.choice("class", names(QueryClass.values(), QueryClass::wireName)))
            .orElseThrow();
    List<Agent> agents =
        s.choices("expected-agents", names(Agent.values(), Agent::wireName)).stream()
            .map(a -> Agent.fromWire(a).orElseThrow())
            .toList();
    if (agents.isEmpty()) {
      throw s.bad("expected-agents", "[] is not allowed", "at least one agent");
    }
    Duration limit = s.duration("time-limit", Duration.ofMillis(1));
    int allocation = s.intIn("context-allocation", 1, 100_000);
    List<String> prompts = s.strings("prompts");
    if (prompts.isEmpty()) {
      throw s.bad("prompts", "[] is not allowed", "at least one prompt");
    }
    for (String p : prompts) {
      if (p.isBlank() || p.length() > 10_000) {
        throw s.bad("prompts", "\"" + p + "\" is not allowed", "1-10000 chars");
      }
    }
    return new ValidationScenario(name, queryClass, agents, limit, allocation, prompts);
  }

  private static String prefix(SettingsReader s) {
    String value = s.string("user-id-prefix", "1-100 chars");
    if (value.isBlank() || value.length() > 100) {
      throw s.bad("user-id-prefix", value + " is not allowed", "1-100 chars");
    }
    return value;
  }

  private static <T> List<String> names(T[] values, Function<T, String> name) {
    return Arrays.stream(values).map(name).toList();
  }
}

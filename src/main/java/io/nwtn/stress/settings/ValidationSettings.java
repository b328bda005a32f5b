package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

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

  private static final String ROOT = "nwtn.validation";

  public ValidationSettings {
    scenarios = List.copyOf(scenarios);
  }

  /**
   * Reads and validates {@code nwtn.validation} of a resolved configuration.
   *
   * @throws IllegalArgumentException naming the key, the problem and the allowed values
   */
  public static ValidationSettings fromConfig(Config root) {
    Config c = read(ROOT, () -> root.getConfig(ROOT), "");
    int repetitions = read("repetitions", () -> c.getInt("repetitions"), "");
    require(repetitions >= 1 && repetitions <= 1000, "repetitions", repetitions, "1 to 1000");
    double minConfidence = read("min-confidence", () -> c.getDouble("min-confidence"), "");
    require(minConfidence >= 0 && minConfidence <= 1, "min-confidence", minConfidence, "0 to 1");
    String prefix = read("user-id-prefix", () -> c.getString("user-id-prefix"), "");
    require(!prefix.isBlank() && prefix.length() <= 100, "user-id-prefix", prefix, "1-100 chars");
    List<ValidationScenario> scenarios = new ArrayList<>();
    List<? extends Config> list = read("scenarios", () -> c.getConfigList("scenarios"), "");
    require(!list.isEmpty(), "scenarios", "[]", "at least one scenario");
    for (int i = 0; i < list.size(); i++) {
      scenarios.add(scenario(list.get(i), "scenarios." + i + "."));
    }
    Path dir = Path.of(read("output-dir", () -> c.getString("output-dir"), ""));
    return new ValidationSettings(repetitions, minConfidence, dir, prefix, scenarios);
  }

  private static ValidationScenario scenario(Config s, String at) {
    String name = read("name", () -> s.getString("name"), at);
    require(!name.isBlank(), at + "name", "\"\"", "a non-empty name");
    String cls = read("class", () -> s.getString("class"), at);
    QueryClass queryClass =
        QueryClass.fromWire(cls)
            .orElseThrow(() -> bad(at + "class", cls, "simple, medium, complex"));
    List<Agent> agents = new ArrayList<>();
    for (String a : read("expected-agents", () -> s.getStringList("expected-agents"), at)) {
      agents.add(Agent.fromWire(a).orElseThrow(() -> bad(at + "expected-agents", a, agentNames())));
    }
    require(!agents.isEmpty(), at + "expected-agents", "[]", "at least one agent");
    Duration limit = read("time-limit", () -> s.getDuration("time-limit"), at);
    require(
        !limit.isNegative() && !limit.isZero(), at + "time-limit", limit, "a positive duration");
    int allocation = read("context-allocation", () -> s.getInt("context-allocation"), at);
    require(
        allocation >= 1 && allocation <= 100_000,
        at + "context-allocation",
        allocation,
        "1 to 100000");
    List<String> prompts = read("prompts", () -> s.getStringList("prompts"), at);
    require(!prompts.isEmpty(), at + "prompts", "[]", "at least one prompt");
    for (String p : prompts) {
      require(
          !p.isBlank() && p.length() <= 10_000, at + "prompts", "\"" + p + "\"", "1-10000 chars");
    }
    return new ValidationScenario(name, queryClass, agents, limit, allocation, prompts);
  }

  /** Reads one key, turning Typesafe Config's exception into one line that names the key. */
  private static <T> T read(String key, Supplier<T> getter, String at) {
    try {
      return getter.get();
    } catch (ConfigException e) {
      String problem = e.getMessage();
      if (e.origin() != null && problem.startsWith(e.origin().description() + ": ")) {
        problem = problem.substring(e.origin().description().length() + 2);
      }
      String name = key.equals(ROOT) ? ROOT : ROOT + "." + at + key;
      throw new IllegalArgumentException(name + ": " + problem, e);
    }
  }

  private static String agentNames() {
    return String.join(", ", Arrays.stream(Agent.values()).map(Agent::wireName).toList());
  }

  private static void require(boolean ok, String key, Object value, String allowed) {
    if (!ok) {
      throw bad(key, value, allowed);
    }
  }

  private static IllegalArgumentException bad(String key, Object value, String allowed) {
    return new IllegalArgumentException(
        ROOT + "." + key + ": " + value + " is not allowed; allowed: " + allowed);
  }
}

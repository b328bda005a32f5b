package io.nwtn.stress.reference;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.settings.SettingsReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every setting of the reference orchestrator, read once from {@code nwtn.reference} and validated
 * before the server binds.
 *
 * @param maxConcurrentPipelines pipelines that run at once; more wait in the queue
 * @param queueSize pipelines that may wait; past it a request gets {@code 503 overloaded}
 * @param rateLimitPerSecond session requests a second before {@code 429}; 0 for no limit
 * @param ftnsPerContext FTNS charged per unit of context used
 * @param simpleMaxChars a prompt without {@code preferences.complexity} up to this length is simple
 * @param mediumMaxChars ... up to this length medium, longer complex
 * @param authToken the bearer token required on session requests, empty when none is
 * @param pipeline the agents each class runs, in pipeline order, with their profiles
 */
public record ReferenceSettings(
    String host,
    int port,
    String version,
    int ioThreads,
    int maxConcurrentPipelines,
    int queueSize,
    double rateLimitPerSecond,
    int rateLimitBurst,
    double ftnsPerContext,
    double confidenceMin,
    double confidenceMax,
    int simpleMaxChars,
    int mediumMaxChars,
    List<Pattern> refusedPatterns,
    Optional<String> authToken,
    boolean adminEnabled,
    BreakerSettings breaker,
    Map<QueryClass, List<AgentProfile>> pipeline,
    FaultSettings faults) {

  /** Reads and validates {@code nwtn.reference.*} of a resolved root config. */
  public static ReferenceSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.reference");
    double confidenceMin = s.doubleIn("confidence-min", 0, 1);
    int simpleMaxChars = s.intIn("infer.simple-max-chars", 1, 10_000);
    String token = s.string("auth.token");
    return new ReferenceSettings(
        s.string("host"),
        s.intIn("port", 0, 65_535),
        s.string("version"),
        s.intIn("io-threads", 0, 256),
        s.intIn("max-concurrent-pipelines", 1, 1_000_000),
        s.intIn("queue-size", 0, 1_000_000),
        s.doubleIn("rate-limit.per-second", 0, 1_000_000),
        s.intIn("rate-limit.burst", 1, 1_000_000),
        s.doubleIn("ftns-per-context", 0, 1_000_000),
        confidenceMin,
        s.doubleIn("confidence-max", confidenceMin, 1),
        simpleMaxChars,
        s.intIn("infer.medium-max-chars", simpleMaxChars, 10_000),
        patterns(s),
        token.isEmpty() ? Optional.empty() : Optional.of(token),
        s.bool("admin.enabled"),
        BreakerSettings.read(s.child("breaker")),
        pipeline(s.child("pipeline")),
        FaultSettings.read(s.child("faults")));
  }

  private static List<Pattern> patterns(SettingsReader s) {
    List<Pattern> patterns = new ArrayList<>();
    for (String regex : s.strings("refused-patterns")) {
      try {
        patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
      } catch (PatternSyntaxException e) {
        throw s.bad(
            "refused-patterns", "'" + regex + "' is not a regular expression", "Java regex");
      }
    }
    return List.copyOf(patterns);
  }

  private static Map<QueryClass, List<AgentProfile>> pipeline(SettingsReader s) {
    Map<QueryClass, List<AgentProfile>> pipeline = new EnumMap<>(QueryClass.class);
    for (QueryClass queryClass : QueryClass.values()) {
      SettingsReader section = s.child(queryClass.wireName());
      List<AgentProfile> profiles = new ArrayList<>();
      for (String name : section.keys()) {
        Agent agent =
            Agent.fromWire(name)
                .filter(Agent.PIPELINE::contains)
                .orElseThrow(() -> section.bad(name, "unknown agent", "one of " + Agent.PIPELINE));
        profiles.add(AgentProfile.read(agent, section.child(name)));
      }
      if (profiles.isEmpty()) {
        throw s.bad(queryClass.wireName(), "no agents", "one or more of " + Agent.PIPELINE);
      }
      profiles.sort(Comparator.comparing(AgentProfile::agent));
      pipeline.put(queryClass, List.copyOf(profiles));
    }
    return Map.copyOf(pipeline);
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "ReferenceSettings[" + host + ":" + port + ", auth=" + authToken.isPresent() + "]";
  }
}

package io.nwtn.stress.reference;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.settings.SettingsReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The faults the reference orchestrator injects, as set in {@code nwtn.reference.faults} or patched
 * through {@code /admin/faults}. Ratios are the share of pipeline answers affected, drawn per
 * request; the agent faults, {@code brokenChain} and {@code unsafeAnswers} affect every answer.
 *
 * @param outageStart when the outage begins, counted from server start for settings and from the
 *     moment of the patch for run-time changes
 * @param outageDuration how long every session request gets {@code 503}; zero for no outage
 */
public record FaultSettings(
    double errorRatio,
    double latencyFactor,
    Optional<Agent> failingAgent,
    Optional<Agent> missingAgent,
    boolean brokenChain,
    boolean unsafeAnswers,
    Duration outageStart,
    Duration outageDuration,
    double hangRatio,
    double nonJsonRatio,
    double brokenContractRatio,
    double oversizedRatio,
    long oversizedBytes) {

  /** Every key of the faults section, in the order they are shown. */
  static final String[] KEYS = {
    "error-ratio", "latency-factor", "failing-agent", "missing-agent", "broken-chain",
    "unsafe-answers", "outage-start", "outage-duration", "hang-ratio", "non-json-ratio",
    "broken-contract-ratio", "oversized-ratio", "oversized-bytes"
  };

  static FaultSettings read(SettingsReader s) {
    return new FaultSettings(
        s.doubleIn("error-ratio", 0, 1),
        s.doubleIn("latency-factor", 0, 1000),
        agent(s, "failing-agent"),
        agent(s, "missing-agent"),
        s.bool("broken-chain"),
        s.bool("unsafe-answers"),
        s.duration("outage-start", Duration.ZERO),
        s.duration("outage-duration", Duration.ZERO),
        s.doubleIn("hang-ratio", 0, 1),
        s.doubleIn("non-json-ratio", 0, 1),
        s.doubleIn("broken-contract-ratio", 0, 1),
        s.doubleIn("oversized-ratio", 0, 1),
        s.bytesIn("oversized-bytes", 65_536, 512L * 1024 * 1024));
  }

  private static Optional<Agent> agent(SettingsReader s, String key) {
    String name = s.string(key);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Agent.fromWire(name)
            .filter(Agent.PIPELINE::contains)
            .orElseThrow(
                () ->
                    s.bad(
                        key,
                        "unknown agent '" + name + "'",
                        "\"\" or one of "
                            + Agent.PIPELINE.stream()
                                .map(Agent::wireName)
                                .collect(Collectors.joining(", ")))));
  }

  /** The settings under their keys, as {@code /admin/faults} shows them and a patch overrides. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("error-ratio", errorRatio);
    map.put("latency-factor", latencyFactor);
    map.put("failing-agent", failingAgent.map(Agent::wireName).orElse(""));
    map.put("missing-agent", missingAgent.map(Agent::wireName).orElse(""));
    map.put("broken-chain", brokenChain);
    map.put("unsafe-answers", unsafeAnswers);
    map.put("outage-start", outageStart.toMillis() + "ms");
    map.put("outage-duration", outageDuration.toMillis() + "ms");
    map.put("hang-ratio", hangRatio);
    map.put("non-json-ratio", nonJsonRatio);
    map.put("broken-contract-ratio", brokenContractRatio);
    map.put("oversized-ratio", oversizedRatio);
    map.put("oversized-bytes", oversizedBytes);
    return map;
  }
}

package io.nwtn.stress.verdict;

import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The recommendation of a run whose pipeline integrity fell below its limit: it names the agents
 * and the query classes at fault, the worst first, with how often each fault showed.
 */
final class PipelineFindings {

  private PipelineFindings() {}

  static Optional<Recommendation> of(RunMetrics m, Limits limits, Sidecar.PipelineRecord p) {
    Double integrity = m.pipelineIntegrity();
    if (integrity == null || integrity >= limits.pipelineIntegrity()) {
      return Optional.empty();
    }
    List<String> faults = faults(p);
    String headline =
        "Pipeline integrity ("
            + Recommendations.percent(integrity)
            + ") below target ("
            + Recommendations.percent(limits.pipelineIntegrity())
            + ")"
            + (faults.isEmpty() ? "" : ": " + faults.get(0));
    List<String> actions =
        new ArrayList<>(faults.size() > 1 ? faults.subList(1, faults.size()) : List.of());
    actions.add("Check the agents named above in the orchestrator's logs and health checks");
    actions.add("Run the agent pipeline validation (make nwtn-test) to see each agent's output");
    return Optional.of(new Recommendation(Severity.CRITICAL, headline, actions));
  }

  /**
   * One line per fault that spoiled answers, the most frequent first, e.g. {@code compiler missing
   * in 63.0% of medium and complex answers (1260 of 2000)}.
   */
  static List<String> faults(Sidecar.PipelineRecord p) {
    if (p == null || p.byClass() == null) {
      return List.of();
    }
    Map<String, Map<String, long[]>> byFault = new TreeMap<>();
    p.byClass()
        .forEach(
            (cls, r) -> {
              r.missingAgents().forEach((a, n) -> add(byFault, a + " missing", cls, n, r.traces()));
              r.failedAgents().forEach((a, n) -> add(byFault, a + " failed", cls, n, r.traces()));
              add(byFault, "agents out of pipeline order", cls, r.outOfOrder(), r.traces());
              add(byFault, "data-flow chain broken", cls, r.brokenChains(), r.traces());
            });
    List<Map.Entry<String, Map<String, long[]>>> sorted = new ArrayList<>(byFault.entrySet());
    sorted.sort((a, b) -> Long.compare(count(b.getValue()), count(a.getValue())));
    return sorted.stream().map(e -> line(e.getKey(), e.getValue())).toList();
  }

  private static void add(
      Map<String, Map<String, long[]>> byFault, String fault, String cls, long n, long traces) {
    if (n > 0) {
      byFault.computeIfAbsent(fault, k -> new LinkedHashMap<>()).put(cls, new long[] {n, traces});
    }
  }

  private static long count(Map<String, long[]> classes) {
    return classes.values().stream().mapToLong(c -> c[0]).sum();
  }

  private static String line(String fault, Map<String, long[]> classes) {
    long n = count(classes);
    long of = classes.values().stream().mapToLong(c -> c[1]).sum();
    return String.format(
        Locale.ROOT,
        "%s in %.1f%% of %s answers (%d of %d)",
        fault,
        100.0 * n / of,
        String.join(" and ", classes.keySet()),
        n,
        of);
  }
}

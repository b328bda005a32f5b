package io.nwtn.stress.recording;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.TraceAnalysis;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free counts of what the reasoning traces said about the pipeline, per query class. */
final class PipelineCounters {

  private final Map<QueryClass, Counts> classes = new EnumMap<>(QueryClass.class);

  PipelineCounters() {
    for (QueryClass c : QueryClass.values()) {
      classes.put(c, new Counts());
    }
  }

  void add(QueryClass queryClass, TraceAnalysis analysis, PrsmResponse response) {
    classes.get(queryClass).add(analysis, response);
  }

  /** Intact traces over all traces so far; {@code null} before the first trace. */
  Double integritySoFar() {
    long traces = 0;
    long intact = 0;
    for (Counts c : classes.values()) {
      traces += c.traces.sum();
      intact += c.intact.sum();
    }
    return traces == 0 ? null : (double) intact / traces;
  }

  /** The whole run's record, with each class's own record in {@code byClass}. */
  Sidecar.PipelineRecord record() {
    Map<String, Sidecar.PipelineRecord> byClass = new LinkedHashMap<>();
    classes.forEach((c, counts) -> byClass.put(c.wireName(), counts.record()));
    Sidecar.PipelineRecord all = null;
    for (Sidecar.PipelineRecord r : byClass.values()) {
      all = all == null ? r : all.plus(r);
    }
    return all.withClasses(byClass);
  }

  /** The counters of one class. */
  private static final class Counts {
    private final LongAdder traces = new LongAdder();
    private final LongAdder intact = new LongAdder();
    private final Map<Agent, LongAdder> missing = adders();
    private final Map<Agent, LongAdder> failed = adders();
    private final Map<String, LongAdder> unknown = new ConcurrentHashMap<>();
    private final LongAdder outOfOrder = new LongAdder();
    private final LongAdder brokenChains = new LongAdder();
    private final LongAdder safetyNotValidated = new LongAdder();

    void add(TraceAnalysis analysis, PrsmResponse response) {
      traces.increment();
      if (analysis.intact()) {
        intact.increment();
      }
      analysis.missingAgents().forEach(a -> missing.get(a).increment());
      analysis.failedAgents().forEach(a -> failed.get(a).increment());
      analysis
          .unknownAgents()
          .forEach(n -> unknown.computeIfAbsent(n, k -> new LongAdder()).increment());
      if (!analysis.inPipelineOrder()) {
        outOfOrder.increment();
      }
      if (!analysis.chainWhole()) {
        brokenChains.increment();
      }
      if (!Boolean.TRUE.equals(response.safetyValidated())) {
        safetyNotValidated.increment();
      }
    }

    Sidecar.PipelineRecord record() {
      Map<String, Long> unknownCounts = new TreeMap<>();
      unknown.forEach((k, v) -> unknownCounts.put(k, v.sum()));
      return new Sidecar.PipelineRecord(
          traces.sum(),
          nonZero(missing),
          nonZero(failed),
          unknownCounts,
          outOfOrder.sum(),
          brokenChains.sum(),
          safetyNotValidated.sum(),
          intact.sum(),
          null);
    }

    private static Map<Agent, LongAdder> adders() {
      Map<Agent, LongAdder> map = new EnumMap<>(Agent.class);
      for (Agent agent : Agent.values()) {
        map.put(agent, new LongAdder());
      }
      return map;
    }

    private static Map<String, Long> nonZero(Map<Agent, LongAdder> counts) {
      Map<String, Long> out = new LinkedHashMap<>();
      counts.forEach(
          (agent, adder) -> {
            if (adder.sum() > 0) {
              out.put(agent.wireName(), adder.sum());
            }
          });
      return out;
    }
  }
}

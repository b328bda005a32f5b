package io.nwtn.stress.recording;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.TraceAnalysis;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free counts of what the reasoning traces said about the pipeline. */
final class PipelineCounters {

  private final LongAdder traces = new LongAdder();
  private final Map<Agent, LongAdder> missing = adders();
  private final Map<Agent, LongAdder> failed = adders();
  private final Map<String, LongAdder> unknown = new ConcurrentHashMap<>();
  private final LongAdder outOfOrder = new LongAdder();
  private final LongAdder brokenChains = new LongAdder();
  private final LongAdder safetyNotValidated = new LongAdder();

  private static Map<Agent, LongAdder> adders() {
    Map<Agent, LongAdder> map = new EnumMap<>(Agent.class);
    for (Agent agent : Agent.values()) {
      map.put(agent, new LongAdder());
    }
    return map;
  }

  void add(TraceAnalysis analysis, PrsmResponse response) {
    traces.increment();
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
        safetyNotValidated.sum());
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

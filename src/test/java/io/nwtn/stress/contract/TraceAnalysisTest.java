package io.nwtn.stress.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceAnalysisTest {

  static final List<Agent> ALL = List.of(Agent.values());

  static ReasoningStep step(
      String id, String agent, String upstream, Boolean success, Integer ctx) {
    Map<String, Object> input = new HashMap<>();
    input.put("upstream_step_id", upstream);
    return new ReasoningStep(id, agent, agent + "-1", input, Map.of(), 0.1, 0.9, ctx, success);
  }

  /** The whole pipeline, each step naming the one before it. */
  static List<ReasoningStep> whole() {
    List<ReasoningStep> trace = new ArrayList<>();
    String previous = null;
    for (Agent a : Agent.values()) {
      trace.add(step("s-" + a.ordinal(), a.wireName(), previous, true, 10));
      previous = "s-" + a.ordinal();
    }
    return trace;
  }

  @Test
  void aWholeTraceIsIntact() {
    TraceAnalysis t = TraceAnalysis.of(whole(), ALL);
    assertTrue(t.intact(), t.toString());
    assertEquals(ALL, t.agentsRun());
    assertEquals(List.of(), t.unknownAgents());
    assertEquals(10 * ALL.size(), t.contextUsedBySteps());
  }

  @Test
  void unknownMissingFailedAndOutOfOrderAgentsAreNamed() {
    List<ReasoningStep> trace = whole();
    trace.set(1, step("s-1", "summarizer", "s-0", true, null));
    trace.set(2, step("s-2", null, "s-1", true, 5));
    trace.set(3, step("s-3", ALL.get(3).wireName(), "s-2", false, 1));
    trace.add(step("s-9", ALL.get(0).wireName(), "s-" + (ALL.size() - 1), null, 2));
    TraceAnalysis t = TraceAnalysis.of(trace, ALL);

    assertEquals(List.of("summarizer", "null"), t.unknownAgents());
    assertEquals(List.of(ALL.get(1), ALL.get(2)), t.missingAgents());
    assertEquals(List.of(ALL.get(3), ALL.get(0)), t.failedAgents(), "not true is a failure");
    assertFalse(t.inPipelineOrder());
    assertTrue(t.chainWhole());
    assertEquals(10 + 5 + 1 + 10 * (ALL.size() - 4) + 2, t.contextUsedBySteps());
    assertFalse(t.intact());
    assertEquals(List.of(), TraceAnalysis.of(whole(), List.of(ALL.get(0))).missingAgents());
  }

  @Test
  void theChainBreaksOnAWrongUpstreamARepeatedOrMissingIdOrAnEmptyTrace() {
    List<ReasoningStep> wrong = whole();
    wrong.set(2, step("s-2", ALL.get(2).wireName(), "s-0", true, 0));
    List<ReasoningStep> firstNamesOne = whole();
    firstNamesOne.set(0, step("s-0", ALL.get(0).wireName(), "s-x", true, 0));
    List<ReasoningStep> repeated = whole();
    repeated.set(3, step("s-1", ALL.get(3).wireName(), "s-2", true, 0));
    repeated.set(4, step("s-4", ALL.get(4).wireName(), "s-1", true, 0));
    List<ReasoningStep> noId = whole();
    noId.set(4, step(null, ALL.get(4).wireName(), "s-3", true, 0));
    for (List<ReasoningStep> trace : Arrays.asList(wrong, firstNamesOne, repeated, noId)) {
      TraceAnalysis t = TraceAnalysis.of(trace, ALL);
      assertFalse(t.chainWhole(), trace.toString());
      assertTrue(t.inPipelineOrder() && t.missingAgents().isEmpty(), t.toString());
    }
    assertFalse(TraceAnalysis.of(List.of(), ALL).chainWhole());
    assertEquals(ALL, TraceAnalysis.of(List.of(), ALL).missingAgents());
  }
}

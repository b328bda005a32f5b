package io.nwtn.stress.testing;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.recording.SessionSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Session samples for tests, shaped like the contract's answers. */
public final class Samples {

  private Samples() {}

  /** A valid answer whose agents each took {@code seconds}, with 10 context per step. */
  public static SessionSample ok(QueryClass c, long start, long elapsedMs, double seconds) {
    return new SessionSample(
        c,
        start,
        start + elapsedMs,
        200,
        null,
        null,
        response(c.expectedAgents(), seconds, true, 0.01));
  }

  public static PrsmResponse response(
      List<Agent> agents, double seconds, boolean chainWhole, double rate) {
    List<ReasoningStep> steps = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < agents.size(); i++) {
      String id = "s" + i;
      Map<String, Object> input = new HashMap<>();
      input.put("upstream_step_id", chainWhole || i != 1 ? previous : "elsewhere");
      steps.add(
          new ReasoningStep(
              id,
              agents.get(i).wireName(),
              agents.get(i) + "-1",
              input,
              Map.of(),
              seconds,
              0.9,
              10,
              true));
      previous = id;
    }
    int used = 10 * agents.size();
    return new PrsmResponse(
        "sess",
        "stress_user_0001",
        "an answer long enough",
        steps,
        0.9,
        used,
        used * rate,
        List.of(),
        true,
        Map.of());
  }

  public static SessionSample failed(
      QueryClass c, long start, int status, String code, String rule) {
    return new SessionSample(c, start, start + 20, status, code, rule, null);
  }
}

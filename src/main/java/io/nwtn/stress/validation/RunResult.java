package io.nwtn.stress.validation;

import io.nwtn.stress.settings.ValidationScenario;
import io.nwtn.stress.verdict.Recommendation;
import java.util.List;

/**
 * The analysis of one run of a scenario. {@code passed} is the contract's rule alone; {@code
 * failures} says why it did not pass, in the order the rule lists its conditions.
 *
 * @param responseTime seconds from request to the end of the answer
 * @param errorCode the contract's {@code error} of a non-200 answer, else {@code null}
 * @param unknownAgents agent types in the trace that the contract does not know
 */
public record RunResult(
    ValidationScenario scenario,
    int run,
    boolean passed,
    List<Failure> failures,
    double responseTime,
    int httpStatus,
    String errorCode,
    List<AgentResult> agents,
    List<String> unknownAgents,
    boolean inPipelineOrder,
    double coordinationScore,
    DataFlow dataFlow,
    boolean safetyCompliant,
    double confidence,
    int contextUsed,
    double ftnsCharged,
    PerformanceRating performanceRating,
    List<Recommendation> recommendations) {

  public RunResult {
    failures = List.copyOf(failures);
    agents = List.copyOf(agents);
    unknownAgents = List.copyOf(unknownAgents);
    recommendations = List.copyOf(recommendations);
  }
}

package simulations.support;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

import io.gatling.javaapi.core.Assertion;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.settings.RequirementsSettings;
import java.util.ArrayList;
import java.util.List;
import simulations.chains.SessionQueries;

/**
 * The requirements as Gatling assertions, for Gatling's own report and exit code. They are an early
 * warning, not the verdict: Gatling's percentiles come from a t-digest that under-reports the tail
 * (gatling/gatling#4715), so the NWTN report decides on exact percentiles.
 */
public final class Thresholds {

  private Thresholds() {}

  /**
   * The Phase 1 queries' P95, mean and success rate, and each class's P95 against its target time:
   * Gatling's global figures hold exactly the requests the NWTN verdict judges, the injected bad
   * requests being kept out of its statistics ({@code ErrorInjection}). Concurrency, ramp-up,
   * circuit breaker and pipeline integrity have no Gatling assertion; only the NWTN verdict judges
   * them.
   */
  public static List<Assertion> of(RequirementsSettings requirements) {
    List<Assertion> assertions = new ArrayList<>();
    assertions.add(
        global().responseTime().percentile(95).lt(millis(requirements.p95Latency().toMillis())));
    assertions.add(
        global().responseTime().mean().lt(millis(requirements.meanLatency().toMillis())));
    assertions.add(global().successfulRequests().percent().gte(requirements.successRate() * 100));
    for (QueryClass qc : QueryClass.values()) {
      assertions.add(
          details(SessionQueries.requestName(qc))
              .responseTime()
              .percentile(95)
              .lt(millis(requirements.targetTimes().get(qc).toMillis())));
    }
    return assertions;
  }

  private static int millis(long ms) {
    return (int) Math.min(Integer.MAX_VALUE, ms);
  }
}

package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.nwtn.stress.settings.ValidationScenario;
import io.nwtn.stress.settings.ValidationSettings;
import io.nwtn.stress.validation.Failure;
import io.nwtn.stress.validation.RunAnalyzer;
import io.nwtn.stress.validation.RunCollector;
import io.nwtn.stress.validation.RunResult;
import io.nwtn.stress.validation.ScenarioRun;
import io.nwtn.stress.validation.ValidationRequest;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * The validation's requests: each scenario's runs one after another, every answer checked by the
 * contract's pass rule (a failed run is a KO naming its reasons) and handed to the collector.
 */
public final class ValidationRuns {

  /** The name of the unmeasured request that opens the connection. */
  public static final String WARM_UP = "warm-up: GET /health";

  private static final String RUN = "nwtn.validation.run";
  private static final String START = "nwtn.validation.start";
  private static final String STATUS = "nwtn.validation.status";
  private static final String ANSWER = "nwtn.validation.answer";
  private static final String PASSED = "passed";

  private ValidationRuns() {}

  /** Every scenario of the settings, in order, each {@code repetitions} times. */
  public static ChainBuilder all(
      ValidationSettings settings, Duration timeout, RunCollector collector) {
    // the first request of a cold client pays for connection and class loading; keep it unmeasured
    ChainBuilder chain = exec(http(WARM_UP).get("/health"));
    for (ValidationScenario scenario : settings.scenarios()) {
      chain = chain.exec(scenario(scenario, settings, timeout, collector));
    }
    return chain;
  }

  private static ChainBuilder scenario(
      ValidationScenario scenario,
      ValidationSettings settings,
      Duration timeout,
      RunCollector collector) {
    RunAnalyzer analyzer = new RunAnalyzer(settings.minConfidence());
    return repeat(settings.repetitions(), RUN)
        .on(
            exec(session ->
                    session.remove(STATUS).remove(ANSWER).set(START, System.currentTimeMillis()))
                .exec(
                    http(scenario.name())
                        .post(ValidationRequest.PATH)
                        .body(
                            StringBody(
                                s ->
                                    ValidationRequest.body(
                                        scenario, run(s), settings.userIdPrefix())))
                        .requestTimeout(timeout)
                        .check(
                            status().saveAs(STATUS),
                            // saved before the pass rule runs, so a failed run is still recorded
                            bodyBytes()
                                .transformWithSession((body, s) -> scenarioRun(scenario, s, body))
                                .saveAs(ANSWER),
                            // Logged as e.g. "nwtn validation, found agent compiler missing".
                            bodyBytes()
                                .transformWithSession(
                                    (body, s) -> brokenRules(analyzer.analyze(s.get(ANSWER))))
                                .is(PASSED)
                                .name("nwtn validation")
                                .logActualValueInError(true)))
                .exec(
                    session -> {
                      collector.add(recorded(scenario, session));
                      return session;
                    }));
  }

  private static int run(Session session) {
    return session.getInt(RUN) + 1;
  }

  private static ScenarioRun scenarioRun(ValidationScenario scenario, Session s, byte[] body) {
    long end = System.currentTimeMillis();
    return new ScenarioRun(
        scenario,
        run(s),
        ValidationRequest.sample(scenario, s.getLong(START), end, s.getInt(STATUS), body));
  }

  /** The run as analysed by the checks; an answer that never came is status 0. */
  private static ScenarioRun recorded(ValidationScenario scenario, Session session) {
    ScenarioRun answered = session.get(ANSWER);
    if (answered != null) {
      return answered;
    }
    long end = System.currentTimeMillis();
    return new ScenarioRun(
        scenario,
        run(session),
        ValidationRequest.sample(scenario, session.getLong(START), end, 0, new byte[0]));
  }

  /** {@link #PASSED}, or the rules the run broke, e.g. {@code agent compiler missing}. */
  private static String brokenRules(RunResult result) {
    return result.passed()
        ? PASSED
        : result.failures().stream().map(Failure::reason).collect(Collectors.joining("; "));
  }
}

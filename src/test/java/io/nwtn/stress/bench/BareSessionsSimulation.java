package io.nwtn.stress.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SuiteSettings;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import simulations.chains.SessionQueries;
import simulations.support.NwtnProtocol;
import simulations.support.Population;
import simulations.support.QueryCorpus;

/**
 * Bare Gatling sending what {@code NwtnStressSimulation} sends: the same {@code POST
 * /api/v1/sessions} bodies from the same corpora, the same class mix, users, phases and think
 * times, to the same target, with the same headers; and only an HTTP status check. No response
 * parsing, contract check, recording, live monitoring or error injection: what is left is Gatling's
 * own cost, the reference for {@link SuiteCostBenchmark}. The body is a Gatling EL template, as a
 * hand-written simulation would have it.
 */
public class BareSessionsSimulation extends Simulation {

  private static final String USER_ID = "bareUserId";
  private static final String LEAVE_AT = "bareLeaveAt";

  private final LoadSettings load = SuiteSettings.load().workload();
  private SteadyCpu steady;

  {
    SuiteSettings suite = SuiteSettings.load();
    Path dir = Path.of(load.queriesDir());
    List<Choice.WithWeight> choices =
        Arrays.stream(QueryClass.values())
            .map(qc -> percent(load.percent(qc)).then(query(qc, dir)))
            .toList();
    // closed-model users as the suite's: each arrives over the ramp-up and loops query + think
    // until its own leaving time in the ramp-down
    ChainBuilder user =
        exec(session ->
                session
                    .set(USER_ID, SessionQueries.userId(session))
                    .set(
                        LEAVE_AT,
                        System.currentTimeMillis()
                            + Population.stay(load, session.userId()).toMillis()))
            .asLongAs(session -> System.currentTimeMillis() < session.getLong(LEAVE_AT))
            .on(randomSwitch().on(choices).pause(load.thinkTimeMin(), load.thinkTimeMax()));
    setUp(scenario("bare sessions").exec(user).injectOpen(Population.injection(load)))
        .protocols(NwtnProtocol.of(suite.target()));
  }

  /** Feeds a prompt of the class and posts it; the body's fixed part is built once. */
  private static ChainBuilder query(QueryClass queryClass, Path dir) {
    String body =
        "{\"prompt\":#{"
            + QueryCorpus.COLUMN
            + ".jsonStringify()},\"user_id\":\"#{"
            + USER_ID
            + "}\""
            + ",\"context_allocation\":"
            + queryClass.contextAllocation()
            + ",\"preferences\":"
            + json(preferences(queryClass))
            + "}";
    return feed(listFeeder(QueryCorpus.load(dir, queryClass)).random())
        .exec(
            http(queryClass.requestName())
                .post(SessionQueries.PATH)
                .body(StringBody(body))
                .check(status().is(200)));
  }

  private static Map<String, Object> preferences(QueryClass queryClass) {
    Map<String, Object> preferences = new LinkedHashMap<>();
    preferences.put("complexity", queryClass.wireName());
    preferences.put(
        "expected_agents", queryClass.expectedAgents().stream().map(Agent::wireName).toList());
    return preferences;
  }

  private static String json(Object value) {
    try {
      return ResponseContract.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void before() {
    steady = SuiteCostSimulation.steadyWindow(load);
  }

  @Override
  public void after() {
    steady.close();
  }
}

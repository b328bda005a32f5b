package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.recording.Outcome;
import io.nwtn.stress.recording.Recording;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import simulations.support.QueryCorpus;

/**
 * One query of a class through {@code POST /api/v1/sessions}: feed a prompt, send it, check the
 * answer against the contract, and hand a sample of it to the run's recorder.
 */
public final class SessionQueries {

  /**
   * The group every Phase 1 query runs in, so that Gatling's assertions and report judge the same
   * requests as the NWTN verdict: the injected bad requests stay outside it.
   */
  public static final String GROUP = "Phase 1 queries";

  /** The path every session request goes to. */
  public static final String PATH = "/api/v1/sessions";

  private static final String START = "nwtn.start";
  private static final String STATUS = "nwtn.status";
  private static final String OUTCOME = "nwtn.outcome";
  private static final String RESPONSE_TIME = "nwtn.response-time";

  private SessionQueries() {}

  /** The fixed request name of a class, e.g. {@code simple query}: a stable report key. */
  public static String requestName(QueryClass queryClass) {
    return queryClass.requestName();
  }

  /** The user_id of a virtual user, e.g. {@code stress_user_0042}. */
  public static String userId(Session session) {
    return String.format("stress_user_%04d", session.userId());
  }

  /** Feeds, sends, checks and records one query of the class. */
  public static ChainBuilder query(
      QueryClass queryClass, FeederBuilder<Object> prompts, Duration timeout) {
    Map<String, Object> preferences = preferences(queryClass);
    return exec(feedAndStart(prompts))
        .group(GROUP)
        .on(
            exec(
                http(requestName(queryClass))
                    .post(PATH)
                    .body(StringBody(session -> body(queryClass, preferences, session)))
                    .requestTimeout(timeout)
                    .check(
                        // Order matters: each check sees the values the checks before it saved, and
                        // saved values survive a failed check, so the recorder sees every answer.
                        status().saveAs(STATUS),
                        // Gatling's own response time, so the recorder's figures equal the log's
                        responseTimeInMillis().saveAs(RESPONSE_TIME),
                        bodyBytes()
                            .transformWithSession((b, s) -> Outcome.of(s.getInt(STATUS), b))
                            .saveAs(OUTCOME),
                        // Logged as e.g. "nwtn contract, found HTTP 503 circuit_breaker_open".
                        bodyBytes()
                            .transformWithSession((b, s) -> s.<Outcome>get(OUTCOME).verdict())
                            .is(Outcome.OK)
                            .name("nwtn contract")
                            .logActualValueInError(true))))
        .exec(
            session -> {
              record(queryClass, session);
              return session;
            });
  }

  private static ChainBuilder feedAndStart(FeederBuilder<Object> prompts) {
    return feed(prompts)
        .exec(
            session ->
                session
                    .remove(STATUS)
                    .remove(OUTCOME)
                    .remove(RESPONSE_TIME)
                    .set(START, System.currentTimeMillis()));
  }

  /**
   * An answer that never came (timeout, refused connection) is recorded with status 0 and the
   * category of Gatling's message for it, as the reports name it. An answer that came is timed by
   * Gatling's own response time, as in {@code simulation.log}.
   */
  private static void record(QueryClass queryClass, Session session) {
    long end = System.currentTimeMillis();
    long start =
        session.contains(RESPONSE_TIME)
            ? end - session.getInt(RESPONSE_TIME)
            : session.getLong(START);
    Outcome outcome = session.get(OUTCOME);
    Recording.sink()
        .accept(
            outcome == null
                ? Outcome.noAnswer(Recording.noAnswerCategory(session.userId()))
                    .sample(queryClass, start, end)
                : outcome.sample(queryClass, start, end));
  }

  /** The class's {@code preferences}, the same for every query of it, so built once. */
  private static Map<String, Object> preferences(QueryClass queryClass) {
    Map<String, Object> preferences = new LinkedHashMap<>();
    preferences.put("complexity", queryClass.wireName());
    preferences.put(
        "expected_agents", queryClass.expectedAgents().stream().map(Agent::wireName).toList());
    return Collections.unmodifiableMap(preferences);
  }

  private static String body(
      QueryClass queryClass, Map<String, Object> preferences, Session session) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("prompt", session.getString(QueryCorpus.COLUMN));
    body.put("user_id", userId(session));
    body.put("context_allocation", queryClass.contextAllocation());
    body.put("preferences", preferences);
    try {
      return ResponseContract.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

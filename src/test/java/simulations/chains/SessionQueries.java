package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
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
    return userId(session.userId());
  }

  /**
   * {@code String.format("stress_user_%04d", id)} without a formatter per request: at least four
   * digits, zero-padded.
   */
  static String userId(long id) {
    if (id < 0) {
      return String.format("stress_user_%04d", id); // never a Gatling user id
    }
    String digits = Long.toString(id);
    return digits.length() >= 4
        ? "stress_user_" + digits
        : "stress_user_" + "0000".substring(digits.length()) + digits;
  }

  /** Feeds, sends, checks and records one query of the class. */
  public static ChainBuilder query(
      QueryClass queryClass, FeederBuilder<Object> prompts, Duration timeout) {
    String tail = bodyTail(queryClass);
    return exec(feedAndStart(prompts))
        .group(GROUP)
        .on(
            exec(
                http(requestName(queryClass))
                    .post(PATH)
                    .body(StringBody(session -> body(tail, session)))
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
                        // A body check, so that it runs after the one above (Gatling runs
                        // status checks before body checks); it reads the saved outcome.
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

  /** The class's {@code preferences}, the same for every query of it. */
  private static Map<String, Object> preferences(QueryClass queryClass) {
    Map<String, Object> preferences = new LinkedHashMap<>();
    preferences.put("complexity", queryClass.wireName());
    preferences.put(
        "expected_agents", queryClass.expectedAgents().stream().map(Agent::wireName).toList());
    return Collections.unmodifiableMap(preferences);
  }

  /**
   * What follows the prompt and user_id in every body of the class, built once with the mapper:
   * {@code ,"context_allocation":...,"preferences":{...}}}.
   */
  static String bodyTail(QueryClass queryClass) {
    Map<String, Object> rest = new LinkedHashMap<>();
    rest.put("context_allocation", queryClass.contextAllocation());
    rest.put("preferences", preferences(queryClass));
    try {
      return "," + ResponseContract.mapper().writeValueAsString(rest).substring(1);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String body(String tail, Session session) {
    return body(session.getString(QueryCorpus.COLUMN), userId(session), tail);
  }

  /**
   * The body {@code {"prompt":...,"user_id":...,"context_allocation":...,"preferences":{...}}},
   * byte for byte what the mapper writes for that map, with the strings quoted as it quotes them
   * and no map or generator per request.
   */
  static String body(String prompt, String userId, String tail) {
    StringBuilder b = new StringBuilder(prompt.length() + userId.length() + tail.length() + 32);
    b.append("{\"prompt\":\"");
    QUOTE.quoteAsString(prompt, b);
    b.append("\",\"user_id\":\"");
    QUOTE.quoteAsString(userId, b);
    return b.append('"').append(tail).toString();
  }

  private static final JsonStringEncoder QUOTE = JsonStringEncoder.getInstance();
}

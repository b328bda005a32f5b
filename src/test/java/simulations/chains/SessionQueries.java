package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.gatling.http.response.Response;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.recording.Outcome;
import io.nwtn.stress.recording.Recording;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import simulations.support.QueryCorpus;

/**
 * One query of a class through {@code POST /api/v1/sessions}: feed a prompt, send it, check the
 * answer against the contract, and hand a sample of it to the run's recorder.
 */
public final class SessionQueries {

  /** The path every session request goes to. */
  public static final String PATH = "/api/v1/sessions";

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

  /**
   * Feeds, sends, checks and records one query of the class.
   *
   * <p>Per query the chain holds one session function before the request and one after it, and the
   * request one check: the answer is read once, when it arrives ({@link #judged}), into the user's
   * {@link Answer}, which the contract check and the recorder read in turn; no attribute is saved
   * or removed, so no session is copied for it.
   */
  public static ChainBuilder query(
      QueryClass queryClass, FeederBuilder<Object> prompts, Duration timeout) {
    String tail = bodyTail(queryClass);
    ChainBuilder request =
        exec(
            judged(
                http(requestName(queryClass))
                    .post(PATH)
                    .body(StringBody(session -> body(tail, session)))
                    .requestTimeout(timeout)));
    return feed(prompts)
        .exec(Answer::begin)
        .exec(request)
        .exec(
            session -> {
              record(queryClass, Answer.of(session), session.userId());
              return session;
            });
  }

  /**
   * The request with its answer read once, when it arrives ({@code transformResponse}), into the
   * user's {@link Answer}, and judged by one check of the verdict read there: a status check, the
   * kind Gatling extracts cheapest, logged as e.g. "nwtn contract, found HTTP 503
   * circuit_breaker_open". The queries and the injected requests go through these same two steps,
   * so Gatling's response handling runs one shape of code for both (a second shape, with other
   * checks and session attributes, cost every query a few microseconds, docs/benchmarks.md).
   */
  static HttpRequestActionBuilder judged(HttpRequestActionBuilder request) {
    return request
        .transformResponse(SessionQueries::read)
        .check(
            status()
                .transformWithSession(VERDICT)
                .is(Outcome.OK)
                .name("nwtn contract")
                .logActualValueInError(true));
  }

  private static Response read(Response response, Session session) {
    Answer.of(session)
        .arrived(
            Outcome.of(response.status().code(), response.body().bytes()),
            response.endTimestamp() - response.startTimestamp());
    return response;
  }

  // one function for every request: the verdict of the answer read above
  private static final BiFunction<Integer, Session, String> VERDICT =
      (code, session) -> Answer.of(session).verdict();

  /**
   * What one user's request got, kept across its requests in one session attribute: set when the
   * request starts, with the rejection it expects for an injected one; filled in when an answer
   * arrives; left empty by a request that got no answer (timeout, refused connection). A user's
   * actions run one after the other, each handing the session on to the next, so the fields are
   * never read and written at once.
   */
  static final class Answer {
    private static final String KEY = "nwtn.answer";

    private long start;
    private Outcome outcome;
    private long responseTimeMs;
    private String verdict;
    private InjectedRequest rejection;
    private long maxResponseTimeMs;

    /** The user's answer, reset for a query that starts now; the session gains it once. */
    static Session begin(Session session) {
      return begin(session, null, 0);
    }

    /**
     * The user's answer, reset for a request that starts now: a query, or with {@code rejection}
     * the injected request that passes only on its documented rejection within {@code
     * maxResponseTimeMs}.
     */
    static Session begin(Session session, InjectedRequest rejection, long maxResponseTimeMs) {
      Answer answer = session.contains(KEY) ? session.<Answer>get(KEY) : null;
      Session next = session;
      if (answer == null) {
        answer = new Answer();
        next = session.set(KEY, answer);
      }
      answer.start = System.currentTimeMillis();
      answer.outcome = null;
      answer.responseTimeMs = 0;
      answer.verdict = null;
      answer.rejection = rejection;
      answer.maxResponseTimeMs = maxResponseTimeMs;
      return next;
    }

    static Answer of(Session session) {
      return session.get(KEY);
    }

    /** An answer arrived, Gatling timing it as {@code simulation.log} does. */
    void arrived(Outcome outcome, long responseTimeMs) {
      this.outcome = outcome;
      this.responseTimeMs = responseTimeMs;
      String failure =
          rejection == null
              ? outcome.ok() ? null : outcome.failure()
              : rejection.failure(
                  outcome.status(), outcome.errorCode(), responseTimeMs, maxResponseTimeMs);
      this.verdict = failure == null ? Outcome.OK : failure;
    }

    /** {@link Outcome#OK}, else what failed; {@code null} before an answer arrived. */
    String verdict() {
      return verdict;
    }

    /** When the request started (epoch ms). */
    long start() {
      return start;
    }

    /** What the answer was, {@code null} when none arrived. */
    Outcome outcome() {
      return outcome;
    }

    /** Gatling's response time of the answer, 0 when none arrived. */
    long responseTimeMs() {
      return responseTimeMs;
    }
  }

  /**
   * An answer that never came (timeout, refused connection) is recorded with status 0 and the
   * category of Gatling's message for it, as the reports name it. An answer that came is timed by
   * Gatling's own response time, as in {@code simulation.log}.
   */
  private static void record(QueryClass queryClass, Answer answer, long userId) {
    long end = System.currentTimeMillis();
    Outcome outcome = answer.outcome();
    Recording.sink()
        .accept(
            outcome == null
                ? Outcome.noAnswer(Recording.noAnswerCategory(userId))
                    .sample(queryClass, answer.start(), end)
                : outcome.sample(queryClass, end - answer.responseTimeMs(), end));
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

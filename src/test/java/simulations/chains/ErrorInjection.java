package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitchOrElse;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.settings.ErrorInjectionSettings;
import java.util.List;

/**
 * The error-injection share of the workload: in that share of iterations a user sends one of the
 * {@link InjectedRequest}s instead of a query. Each passes only on its documented 4xx within the
 * configured time. They are kept out of Gatling's statistics ({@code silent()}), so that Gatling's
 * figures, report and assertions hold exactly the Phase 1 queries the NWTN verdict judges; each one
 * goes to the run's sink instead (the sidecar's record of them and the live metrics), with
 * Gatling's response time and, when it failed, Gatling's message.
 */
public final class ErrorInjection {

  private ErrorInjection() {}

  /** The query, or in the configured share of iterations one bad request instead. */
  public static ChainBuilder mixIn(
      ChainBuilder query, ErrorInjectionSettings settings, boolean runHasToken) {
    if (!settings.active()) {
      return query;
    }
    return randomSwitchOrElse()
        .on(percent(settings.share() * 100).then(oneBadRequest(settings, runHasToken)))
        .orElse(query);
  }

  /** One of the bad requests of the run, each as likely as the others. */
  public static ChainBuilder oneBadRequest(ErrorInjectionSettings settings, boolean runHasToken) {
    List<ChainBuilder> requests =
        InjectedRequest.forRun(runHasToken).stream()
            .map(r -> counted(r, request(r, settings), settings))
            .toList();
    return uniformRandomSwitch().on(requests);
  }

  private static final String START = "nwtn.injected.start";
  private static final String TIME = "nwtn.injected.ms";
  private static final String STATUS = "nwtn.injected.status";
  private static final String ERROR = "nwtn.injected.error";

  /**
   * The request, then its outcome to the run's sink. Gatling keeps a silent request's failure out
   * of the session too, so the outcome is read from what its checks saved, as its own checks judge
   * it: the documented status and error, within the configured time. Its response time is
   * Gatling's; a request that got no answer is timed from the start of this chain to Gatling giving
   * it up. A failure's message is the one Gatling wrote for it.
   */
  private static ChainBuilder counted(
      InjectedRequest kind, HttpRequestActionBuilder request, ErrorInjectionSettings settings) {
    long maxMs = settings.maxResponseTime().toMillis();
    return CoreDsl.exec(
            session ->
                session.removeAll(TIME, STATUS, ERROR).set(START, System.currentTimeMillis()))
        .exec(request)
        .exec(
            session -> {
              String failure = Recording.failureMessage(session.userId());
              boolean answered = session.contains(TIME);
              boolean ok =
                  answered
                      && session.getInt(STATUS) == kind.expected().status()
                      && kind.expected().code().equals(session.getString(ERROR))
                      && session.getLong(TIME) <= maxMs;
              long ms =
                  answered
                      ? session.getLong(TIME)
                      : System.currentTimeMillis() - session.getLong(START);
              Recording.sink().injectedRequest(kind, ok, ms, ok ? null : failure);
              return session;
            });
  }

  static HttpRequestActionBuilder request(InjectedRequest r, ErrorInjectionSettings settings) {
    HttpRequestActionBuilder request =
        http(r.requestName())
            .post(SessionQueries.PATH)
            .body(StringBody(r.body()))
            .requestTimeout(settings.maxResponseTime())
            .silent()
            .check(
                status().is(r.expected().status()),
                jsonPath("$.error").is(r.expected().code()),
                responseTimeInMillis().lte((int) settings.maxResponseTime().toMillis()),
                // what the outcome is read from (Gatling reports the first check that failed)
                responseTimeInMillis().saveAs(TIME),
                status().saveAs(STATUS),
                jsonPath("$.error").saveAs(ERROR));
    return r == InjectedRequest.WRONG_TOKEN
        ? request.header("Authorization", "Bearer " + InjectedRequest.WRONG_TOKEN_VALUE)
        : request;
  }
}

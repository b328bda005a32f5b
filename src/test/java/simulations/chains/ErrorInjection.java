package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitchOrElse;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.recording.Outcome;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.settings.ErrorInjectionSettings;
import java.util.List;

/**
 * The error-injection share of the workload: in that share of iterations a user sends one of the
 * {@link InjectedRequest}s instead of a query. Each passes only on its documented 4xx within the
 * configured time. They are kept out of Gatling's statistics ({@code silent()}), so that Gatling's
 * figures, report and assertions hold exactly the Phase 1 queries the NWTN verdict judges; each one
 * goes to the run's sink instead (the sidecar's record of them and the live metrics), with
 * Gatling's response time and, when it failed, what failed in Gatling's words.
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

  /**
   * The request, then its outcome to the run's sink. Its answer is read and judged as a query's is
   * ({@link SessionQueries#judged}), against the documented rejection within the configured time,
   * and a failure named as Gatling's checks word it ({@link InjectedRequest#failure}). Its response
   * time is Gatling's; a request that got no answer is timed from its start to Gatling giving it
   * up, and failed with Gatling's message for it.
   */
  private static ChainBuilder counted(
      InjectedRequest kind, HttpRequestActionBuilder request, ErrorInjectionSettings settings) {
    long maxMs = settings.maxResponseTime().toMillis();
    return CoreDsl.exec(session -> SessionQueries.Answer.begin(session, kind, maxMs))
        .exec(request)
        .exec(
            session -> {
              SessionQueries.Answer answer = SessionQueries.Answer.of(session);
              // taken whatever the outcome: Gatling's message is kept for this request only
              String gatlingMessage = Recording.failureMessage(session.userId());
              if (answer.outcome() == null) {
                Recording.sink()
                    .injectedRequest(
                        kind, false, System.currentTimeMillis() - answer.start(), gatlingMessage);
              } else {
                boolean ok = Outcome.OK.equals(answer.verdict());
                Recording.sink()
                    .injectedRequest(
                        kind, ok, answer.responseTimeMs(), ok ? null : answer.verdict());
              }
              return session;
            });
  }

  static HttpRequestActionBuilder request(InjectedRequest r, ErrorInjectionSettings settings) {
    String body = r.body();
    HttpRequestActionBuilder request =
        http(r.requestName())
            .post(SessionQueries.PATH)
            // a function, as a query's body is: one kind of body for Gatling to write
            .body(StringBody(session -> body))
            .requestTimeout(settings.maxResponseTime())
            .silent();
    if (r == InjectedRequest.WRONG_TOKEN) {
      request = request.header("Authorization", "Bearer " + InjectedRequest.WRONG_TOKEN_VALUE);
    }
    return SessionQueries.judged(request);
  }
}

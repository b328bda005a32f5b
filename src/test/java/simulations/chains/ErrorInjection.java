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
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.settings.ErrorInjectionSettings;
import java.util.List;

/**
 * The error-injection share of the workload: in that share of iterations a user sends one of the
 * {@link InjectedRequest}s instead of a query. Each passes only on its documented 4xx within the
 * configured time; these requests never reach the Phase 1 sample recorder, only their outcome
 * reaches the live metrics.
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
            .map(r -> counted(CoreDsl.exec(request(r, settings))))
            .toList();
    return uniformRandomSwitch().on(requests);
  }

  /**
   * The request, then its outcome to the run's sink: the session is marked succeeded first, so that
   * it is failed afterwards exactly when the request was a KO in {@code simulation.log}.
   */
  private static ChainBuilder counted(ChainBuilder request) {
    return CoreDsl.exec(Session::markAsSucceeded)
        .exec(request)
        .exec(
            session -> {
              Recording.sink().injectedRequest(!session.isFailed());
              return session;
            });
  }

  static HttpRequestActionBuilder request(InjectedRequest r, ErrorInjectionSettings settings) {
    HttpRequestActionBuilder request =
        http(r.requestName())
            .post(SessionQueries.PATH)
            .body(StringBody(r.body()))
            .requestTimeout(settings.maxResponseTime())
            .check(
                status().is(r.expected().status()),
                jsonPath("$.error").is(r.expected().code()),
                responseTimeInMillis().lte((int) settings.maxResponseTime().toMillis()));
    return r == InjectedRequest.WRONG_TOKEN
        ? request.header("Authorization", "Bearer " + InjectedRequest.WRONG_TOKEN_VALUE)
        : request;
  }
}

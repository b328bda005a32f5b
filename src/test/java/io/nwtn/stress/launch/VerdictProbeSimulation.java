package io.nwtn.stress.launch;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.contract.ContractResult;
import io.nwtn.stress.contract.ErrorBody;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.TargetKind;

/**
 * A small load of simple queries against a reference orchestrator it starts itself, wired to the
 * report like the stress simulation, so the verdict's exit code can be tested under Gatling's own
 * {@code main}.
 */
public class VerdictProbeSimulation extends Simulation {

  private static final String BODY =
      "{\"prompt\":\"What is machine learning?\",\"user_id\":\"stress_user_0001\","
          + "\"context_allocation\":50,\"preferences\":{\"complexity\":\"simple\"}}";

  private final SuiteSettings settings = SuiteSettings.load();
  private ReferenceOrchestrator server;
  private StressRun reporting;

  {
    LoadSettings load = settings.workload();
    setUp(
            scenario("NWTN Phase 1 users")
                .during(load.rampUp().plus(load.steady()))
                .on(
                    http("simple query")
                        .post("/api/v1/sessions")
                        .header("Content-Type", "application/json")
                        .body(StringBody(BODY))
                        .check(status().saveAs("status"), bodyBytes().saveAs("body")))
                .exec(VerdictProbeSimulation::record)
                .pause(load.thinkTimeMin())
                .injectOpen(rampUsers(load.users()).during(load.rampUp())))
        .protocols(http.baseUrl(settings.target().url().toString()));
  }

  private static Session record(Session session) {
    long now = System.currentTimeMillis();
    int status = session.contains("status") ? session.getInt("status") : 0;
    byte[] body = session.contains("body") ? session.get("body") : new byte[0];
    SessionSample sample;
    if (status == 200 && ResponseContract.check(body) instanceof ContractResult.Valid v) {
      sample = new SessionSample(QueryClass.SIMPLE, now, now, 200, null, null, v.response());
    } else {
      String code = ResponseContract.errorBody(body).map(ErrorBody::error).orElse(null);
      sample = new SessionSample(QueryClass.SIMPLE, now, now, status, code, null, null);
    }
    Recording.sink().accept(sample);
    return session.remove("status").remove("body");
  }

  @Override
  public void before() {
    server =
        ReferenceOrchestrator.start(
            ReferenceSettings.fromConfig(settings.config()),
            settings.target().url().getHost(),
            settings.target().url().getPort());
    reporting = StressRun.begin(settings, TargetKind.EMBEDDED_REFERENCE);
  }

  @Override
  public void after() {
    reporting.end();
    server.close();
  }
}

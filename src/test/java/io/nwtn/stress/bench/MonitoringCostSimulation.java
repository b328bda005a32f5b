package io.nwtn.stress.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.RunRecorder;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.AbortSettings;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.testing.Samples;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import simulations.support.NwtnProtocol;

/**
 * The live monitoring's cost: trivial requests at a fixed rate (users pacing their requests on
 * their own connections, as closed-model users do), each handing the run's sink a realistic valid
 * answer (a medium query's four-step trace), as the stress simulation does. The run records as a
 * stress run does ({@link RunRecorder}); with {@code bench.monitoring.mode} {@code off} or {@code
 * on} the {@link LiveMonitor} sits beside it with its endpoint disabled or served ({@code none}:
 * without the monitor at all). {@link MonitoringCostBenchmark} starts it.
 */
public class MonitoringCostSimulation extends Simulation {

  /** The line with the steady window's CPU time and requests, read by the benchmark. */
  static final String STEADY = "monitoring-cost steady:";

  private static final Duration PACE = Duration.ofMillis(100);

  private final MonitoringCost run = MonitoringCost.fromSystemProperties();
  private final SuiteSettings suite = SuiteSettings.load();
  private final LongAdder requests = new LongAdder();
  private RunRecorder recorder;
  private LiveMonitor monitor;
  private SteadyCpu steady;

  {
    ChainBuilder request =
        exec(http("trivial").get(CapacityRun.PATH).check(status().is(200))).exec(this::record);
    // each user keeps its connection and paces its requests: the rate is users / pace
    int users = Math.max(1, (int) (run.rate() * PACE.toMillis() / 1000));
    ChainBuilder user =
        exec(this::started)
            .during(run.rampUp().plus(run.hold()))
            .on(pace(PACE).exec(request))
            .exec(this::ended);
    setUp(scenario("monitoring cost").exec(user).injectOpen(rampUsers(users).during(run.rampUp())))
        .protocols(NwtnProtocol.of(suite.target()));
  }

  private Session record(Session session) {
    requests.increment();
    long end = System.currentTimeMillis();
    SessionSample s = Samples.ok(QueryClass.MEDIUM, end - 1, 1, 0.1);
    Recording.sink().accept(s);
    return session;
  }

  private Session started(Session session) {
    Recording.sink().userStarted(System.currentTimeMillis());
    return session;
  }

  private Session ended(Session session) {
    Recording.sink().userEnded(System.currentTimeMillis());
    return session;
  }

  @Override
  public void before() {
    // the steady part: from 5 s after the ramp-up to 2 s before the end
    steady =
        SteadyCpu.start(
            STEADY,
            run.rampUp().plusSeconds(5),
            run.rampUp().plus(run.hold()).minusSeconds(2),
            requests::sum);
    ReportSettings report = ReportSettings.fromConfig(suite.config());
    if (!run.monitored()) {
      recorder = RunRecorder.start(suite, report, TargetKind.STANDALONE_REFERENCE);
      return;
    }
    monitor = LiveMonitor.start(suite, System.out);
    recorder = RunRecorder.start(suite, report, TargetKind.STANDALONE_REFERENCE, monitor.sink());
    monitor.follow(suite, AbortSettings.fromConfig(suite.config(), suite.workload()), recorder);
  }

  @Override
  public void after() {
    if (monitor != null) {
      monitor.runEnded();
    }
    recorder.stop();
    steady.close();
  }
}

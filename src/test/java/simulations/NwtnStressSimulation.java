package simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.distributed.CoordinatedStart;
import io.nwtn.stress.launch.RunConsole;
import io.nwtn.stress.launch.StressRun;
import io.nwtn.stress.settings.ErrorInjectionSettings;
import io.nwtn.stress.settings.InjectionModel;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.target.Target;
import java.time.Duration;
import java.util.function.UnaryOperator;
import simulations.chains.ErrorInjection;
import simulations.chains.PhaseOneWorkload;
import simulations.support.NwtnProtocol;
import simulations.support.Population;
import simulations.support.Thresholds;

/**
 * The Phase 1 stress run: the profile's users send simple, medium and complex queries in their
 * traffic shares, with think times, through ramp-up, steady state and ramp-down.
 */
public class NwtnStressSimulation extends Simulation {

  // One injector of several runs its share of the users (nwtn.injector.*); alone, all of them.
  private final SuiteSettings settings = StressRun.settings();
  // checked, or the reference orchestrator started, while the scenario is built below
  private final Target.Preparing preparing =
      Target.prepareInBackground(settings.target(), settings.config());
  private Target target;
  private StressRun run;

  {
    try {
      buildScenario();
    } catch (RuntimeException | Error e) {
      preparing.discard();
      throw e;
    }
  }

  private void buildScenario() {
    LoadSettings load = settings.workload();
    Duration timeout = settings.target().requestTimeout();
    ErrorInjectionSettings injection =
        RunConsole.orStop(() -> ErrorInjectionSettings.fromConfig(settings.config()));
    UnaryOperator<ChainBuilder> mix =
        q -> ErrorInjection.mixIn(q, injection, settings.target().token().isPresent());
    ChainBuilder user =
        RunConsole.orStop(
            () ->
                load.model() == InjectionModel.CLOSED
                    ? PhaseOneWorkload.closedUser(load, timeout, mix)
                    : PhaseOneWorkload.openUser(load, timeout, mix));
    setUp(scenario("NWTN Phase 1 users").exec(user).injectOpen(Population.injection(load)))
        .protocols(NwtnProtocol.of(settings.target()))
        .assertions(Thresholds.of(settings.requirements()))
        .maxDuration(Population.maxDuration(load, timeout));
  }

  @Override
  public void before() {
    System.out.println(RunConsole.summary(settings));
    String warning = RunConsole.remoteWarning(settings);
    if (!warning.isEmpty()) {
      System.out.println(warning);
    }
    target = RunConsole.orStop(() -> preparing.get(System.out::println));
    run = StressRun.begin(settings, target.kind());
    CoordinatedStart.await(settings.config(), System.out::println);
  }

  @Override
  public void after() {
    Runnable closeTarget = target != null ? target::close : () -> {};
    if (run != null) {
      // reads the target's /health a last time, then stops an embedded target
      run.endInBackground(closeTarget);
    } else {
      closeTarget.run();
    }
  }
}

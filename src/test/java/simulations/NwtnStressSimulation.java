package simulations;

import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.config.InjectionModel;
import io.nwtn.stress.config.LoadSettings;
import io.nwtn.stress.config.SuiteSettings;
import io.nwtn.stress.target.Target;
import java.time.Duration;
import simulations.chains.PhaseOneWorkload;
import simulations.support.NwtnProtocol;
import simulations.support.Population;
import simulations.support.RunConsole;
import simulations.support.Thresholds;

/**
 * The Phase 1 stress run: the profile's users send simple, medium and complex queries in their
 * traffic shares, with think times, through ramp-up, steady state and ramp-down.
 */
public class NwtnStressSimulation extends Simulation {

  private final SuiteSettings settings = RunConsole.orStop(SuiteSettings::load);
  private Target target;

  {
    LoadSettings load = settings.workload();
    Duration timeout = settings.target().requestTimeout();
    ChainBuilder user =
        RunConsole.orStop(
            () ->
                load.model() == InjectionModel.CLOSED
                    ? PhaseOneWorkload.closedUser(load, timeout)
                    : PhaseOneWorkload.oneQuery(load, timeout));
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
    target =
        RunConsole.orStop(
            () -> Target.prepare(settings.target(), settings.config(), System.out::println));
  }

  @Override
  public void after() {
    if (target != null) {
      target.close();
    }
  }
}

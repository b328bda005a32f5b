package simulations;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.capacity.LevelGate;
import io.nwtn.stress.distributed.CoordinatedStart;
import io.nwtn.stress.launch.CapacityRun;
import io.nwtn.stress.launch.RunConsole;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.ErrorInjectionSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.target.Target;
import java.time.Duration;
import java.util.function.UnaryOperator;
import simulations.chains.CapacityWorkload;
import simulations.chains.ErrorInjection;
import simulations.support.CapacityPlan;
import simulations.support.NwtnProtocol;

/**
 * The capacity search ({@code make nwtn-capacity}): the Phase 1 workload as a staircase of
 * closed-model levels, each judged by the Phase 1 checks over its hold window, up to the highest
 * load at which Phase 1 still passes.
 */
public class NwtnCapacitySimulation extends Simulation {

  private final SuiteSettings settings = CapacityRun.settings();
  private final CapacitySettings capacity = CapacityRun.capacity(settings);
  private final LevelGate gate = new LevelGate();
  private Target target;
  private CapacityRun run;

  {
    Duration timeout = settings.target().requestTimeout();
    ErrorInjectionSettings injection =
        RunConsole.orStop(() -> ErrorInjectionSettings.fromConfig(settings.config()));
    UnaryOperator<ChainBuilder> mix =
        q -> ErrorInjection.mixIn(q, injection, settings.target().token().isPresent());
    ChainBuilder user =
        RunConsole.orStop(() -> CapacityWorkload.user(settings.workload(), timeout, gate, mix));
    setUp(
            scenario("NWTN capacity search")
                .exec(user)
                .injectOpen(
                    rampUsers(CapacityRun.injectedUsers(settings, capacity))
                        .during(CapacityPlan.INJECTION)))
        .protocols(NwtnProtocol.of(settings.target()))
        .maxDuration(CapacityPlan.maxDuration(capacity, settings.workload(), timeout));
  }

  @Override
  public void before() {
    System.out.println(CapacityPlan.summary(settings, capacity));
    target =
        RunConsole.orStop(
            () -> Target.prepare(settings.target(), settings.config(), System.out::println));
    CoordinatedStart.await(settings.config(), System.out::println);
    run = CapacityRun.begin(settings, capacity, gate);
  }

  @Override
  public void after() {
    if (run != null) {
      run.end();
    }
    if (target != null) {
      target.close();
    }
  }
}

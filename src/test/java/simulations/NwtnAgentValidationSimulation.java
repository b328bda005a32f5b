package simulations;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.launch.RunConsole;
import io.nwtn.stress.launch.ValidationRun;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.ValidationSettings;
import io.nwtn.stress.target.Target;
import io.nwtn.stress.validation.RunCollector;
import java.time.Instant;
import simulations.chains.ValidationRuns;
import simulations.support.NwtnProtocol;
import simulations.support.ValidationPlan;

/**
 * The agent pipeline validation ({@code make nwtn-test}): one user sends each scenario's runs one
 * after another; after Gatling's report, the validation report and summary decide the exit code.
 */
public class NwtnAgentValidationSimulation extends Simulation {

  private final SuiteSettings suite = ValidationRun.settings();
  private final ValidationSettings settings =
      RunConsole.orStop(() -> ValidationSettings.fromConfig(suite.config()));
  private final RunCollector collector = new RunCollector();
  private final Instant start = Instant.now();
  private Target target;

  {
    setUp(
            scenario("NWTN agent pipeline validation")
                .exec(ValidationRuns.all(settings, suite.target().requestTimeout(), collector))
                .injectOpen(atOnceUsers(1)))
        .protocols(NwtnProtocol.of(suite.target()))
        .maxDuration(ValidationPlan.maxDuration(settings, suite.target().requestTimeout()));
  }

  @Override
  public void before() {
    System.out.println(
        "NWTN validation: "
            + settings.scenarios().size()
            + " scenarios x "
            + settings.repetitions()
            + " runs, target "
            + suite.target().url());
    target =
        RunConsole.orStop(
            () -> Target.prepare(suite.target(), suite.config(), System.out::println));
    ValidationRun.monitor(suite);
    ValidationRun.begin(
        settings, suite.target().url().toString(), target.kind(), start, collector::runs);
  }

  @Override
  public void after() {
    if (target != null) {
      target.close();
    }
  }
}

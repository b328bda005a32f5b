package io.nwtn.stress.bench;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.typesafe.config.ConfigFactory;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.nwtn.stress.settings.TargetSettings;
import java.util.Map;
import simulations.support.NwtnProtocol;

/**
 * The load-generator capacity run: virtual users against a trivial endpoint, either with the
 * suite's think times or back to back, as {@link CapacityRun} says.
 */
public class CapacitySimulation extends Simulation {

  {
    CapacityRun run = CapacityRun.fromConfig(ConfigFactory.load());
    ChainBuilder request = exec(http("trivial").get(CapacityRun.PATH).check(status().is(200)));
    ChainBuilder loop =
        run.thinking()
            ? during(run.hold()).on(request.pause(run.thinkMin(), run.thinkMax()))
            : during(run.hold()).on(request);
    setUp(scenario("capacity").exec(loop).injectOpen(rampUsers(run.users()).during(run.rampUp())))
        .protocols(NwtnProtocol.of(TargetSettings.fromConfig(ConfigFactory.load(), Map.of())));
  }
}

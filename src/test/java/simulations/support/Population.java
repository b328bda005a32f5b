package simulations.support;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.nwtn.stress.settings.InjectionModel;
import io.nwtn.stress.settings.LoadSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When virtual users arrive and leave.
 *
 * <p>Closed model: the users of a profile arrive evenly over the ramp-up, all stay through the
 * steady state, and leave evenly over the ramp-down, first come first gone: user {@code k} of
 * {@code N} (0-based) leaves at {@code rampUp + steady + rampDown * (k + 1) / N}. Each user keeps
 * its identity and loops query + think time until then, like a person at a keyboard, so the
 * population is exactly the profile's users during the steady state and really falls during the
 * ramp-down (Gatling's own closed-model steps would instead start new users to replace those that
 * finish).
 *
 * <p>Open model: users arrive at a rate that ramps up, holds, and ramps down, each sending one
 * query.
 */
public final class Population {

  private Population() {}

  /** The injection steps of the configured model. */
  public static List<OpenInjectionStep> injection(LoadSettings load) {
    return load.model() == InjectionModel.CLOSED ? closed(load) : open(load);
  }

  private static List<OpenInjectionStep> closed(LoadSettings load) {
    return List.of(
        load.rampUp().isZero()
            ? atOnceUsers(load.users())
            : rampUsers(load.users()).during(load.rampUp()));
  }

  private static List<OpenInjectionStep> open(LoadSettings load) {
    double rate = load.arrivalRate();
    List<OpenInjectionStep> steps = new ArrayList<>();
    if (!load.rampUp().isZero()) {
      steps.add(rampUsersPerSec(0).to(rate).during(load.rampUp()));
    }
    steps.add(constantUsersPerSec(rate).during(load.steady()));
    if (!load.rampDown().isZero()) {
      steps.add(rampUsersPerSec(rate).to(0).during(load.rampDown()));
    }
    return steps;
  }

  /**
   * How long closed-model user {@code userId} (1-based, in arrival order) stays from its arrival,
   * so that it leaves at its place in the ramp-down.
   */
  public static Duration stay(LoadSettings load, long userId) {
    long n = load.users();
    long k = Math.max(0, Math.min(n - 1, userId - 1));
    long arrival = load.rampUp().toMillis() * k / n;
    long leave =
        load.rampUp().toMillis()
            + load.steady().toMillis()
            + load.rampDown().toMillis() * (k + 1) / n;
    return Duration.ofMillis(leave - arrival);
  }

  /** The longest a run can last: injection, then the last think time and request of a user. */
  public static Duration maxDuration(LoadSettings load, Duration requestTimeout) {
    return load.injectionDuration()
        .plus(load.thinkTimeMax())
        .plus(requestTimeout)
        .plus(Duration.ofSeconds(5));
  }
}

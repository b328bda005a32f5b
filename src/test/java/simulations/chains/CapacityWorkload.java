package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.nwtn.stress.capacity.LevelGate;
import io.nwtn.stress.settings.LoadSettings;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * A user of the capacity search: the Phase 1 workload (same mix, corpora, checks and think times)
 * while the current level admits it, waiting otherwise, until the search is done.
 */
public final class CapacityWorkload {

  /** How often a waiting user looks whether the level admits it. */
  static final Duration WAIT = Duration.ofMillis(500);

  private static final String LOOP = "nwtn.capacity.iteration";

  private CapacityWorkload() {}

  /** The user's loop; each query first passes through {@code around} (error injection). */
  public static ChainBuilder user(
      LoadSettings load,
      Duration requestTimeout,
      LevelGate gate,
      UnaryOperator<ChainBuilder> around) {
    ChainBuilder query = around.apply(PhaseOneWorkload.oneQuery(load, requestTimeout));
    return exec(session -> session)
        .asLongAs(session -> !gate.finished(), LOOP, false)
        .on(
            doIfOrElse(session -> gate.admits(session.userId()))
                .then(query.pause(session -> thinkTime(load, gate)))
                .orElse(pause(WAIT)));
  }

  /** A uniform random think time; none once the search is done. */
  private static Duration thinkTime(LoadSettings load, LevelGate gate) {
    if (gate.finished()) {
      return Duration.ZERO;
    }
    long min = load.thinkTimeMin().toMillis();
    long max = load.thinkTimeMax().toMillis();
    return Duration.ofMillis(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
  }
}

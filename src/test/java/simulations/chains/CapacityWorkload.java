package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.nwtn.stress.capacity.LevelGate;
import io.nwtn.stress.recording.Recording;
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
  private static final String ACTIVE = "nwtn.capacity.active";

  private CapacityWorkload() {}

  /** The user's loop; each query first passes through {@code around} (error injection). */
  public static ChainBuilder user(
      LoadSettings load,
      Duration requestTimeout,
      LevelGate gate,
      UnaryOperator<ChainBuilder> around) {
    ChainBuilder query = around.apply(PhaseOneWorkload.oneQuery(load, requestTimeout));
    return exec(session -> session.set(ACTIVE, false))
        .asLongAs(session -> !gate.finished(), LOOP, false)
        .on(
            exec(session -> follow(session, gate.admits(session.userId())))
                .doIfOrElse(session -> session.getBoolean(ACTIVE))
                .then(query.pause(session -> thinkTime(load, gate)))
                .orElse(pause(WAIT)))
        .exec(session -> follow(session, false));
  }

  /**
   * Takes the user in or out of the level, telling the run's sink when it joins or leaves, so the
   * live endpoint counts the users taking part.
   */
  private static Session follow(Session session, boolean admitted) {
    boolean active = session.getBoolean(ACTIVE);
    if (admitted && !active) {
      Recording.sink().userStarted(System.currentTimeMillis());
    } else if (!admitted && active) {
      Recording.sink().userEnded(System.currentTimeMillis());
    }
    return session.set(ACTIVE, admitted);
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

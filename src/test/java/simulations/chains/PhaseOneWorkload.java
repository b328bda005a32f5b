package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.Session;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.LoadSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import simulations.support.Population;
import simulations.support.QueryCorpus;

/** The Phase 1 user behaviour: queries of the three classes in their traffic shares. */
public final class PhaseOneWorkload {

  private static final String LEAVE_AT = "nwtn.leave-at";
  private static final String LOOP = "nwtn.iteration";

  private PhaseOneWorkload() {}

  /** One query whose class is drawn with the configured weights (40/40/20 by default). */
  public static ChainBuilder oneQuery(LoadSettings load, Duration requestTimeout) {
    Path dir = Path.of(load.queriesDir());
    List<Choice.WithWeight> choices =
        List.of(QueryClass.values()).stream()
            .map(
                qc ->
                    percent(load.percent(qc))
                        .then(
                            SessionQueries.query(
                                qc,
                                listFeeder(QueryCorpus.load(dir, qc)).random(),
                                requestTimeout)))
            .toList();
    return randomSwitch().on(choices);
  }

  /**
   * A user of the closed model: query, think a uniform random time, and repeat until the user's own
   * leaving time in the ramp-down. The loop never cuts an iteration short, so every answer is
   * recorded; instead the last think time is clipped to the leaving time, so a user never starts a
   * query after it and leaves on time.
   */
  public static ChainBuilder closedUser(LoadSettings load, Duration requestTimeout) {
    return closedUser(load, requestTimeout, UnaryOperator.identity());
  }

  /** The closed-model user whose every iteration's query first passes through {@code around}. */
  public static ChainBuilder closedUser(
      LoadSettings load, Duration requestTimeout, UnaryOperator<ChainBuilder> around) {
    ChainBuilder query = around.apply(oneQuery(load, requestTimeout));
    return exec(session -> {
          Recording.sink().userStarted(System.currentTimeMillis());
          return session.set(
              LEAVE_AT,
              System.currentTimeMillis() + Population.stay(load, session.userId()).toMillis());
        })
        .asLongAs(
            session ->
                System.currentTimeMillis() < session.getLong(LEAVE_AT) && !Recording.loadStopped(),
            LOOP,
            false)
        .on(
            stopIfStoppingEarly()
                .exec(query)
                .pause(session -> thinkTime(load, session.getLong(LEAVE_AT))))
        .exec(PhaseOneWorkload::userEnded);
  }

  /**
   * A user of the open model: one query, unless the load was asked to stop (a run interrupted by
   * Ctrl-C), and its query first passes through {@code around}.
   */
  public static ChainBuilder openUser(
      LoadSettings load, Duration requestTimeout, UnaryOperator<ChainBuilder> around) {
    return exec(session -> {
          Recording.sink().userStarted(System.currentTimeMillis());
          return session;
        })
        .exec(stopIfStoppingEarly())
        .doIf(session -> !Recording.loadStopped())
        .then(around.apply(oneQuery(load, requestTimeout)))
        .exec(PhaseOneWorkload::userEnded);
  }

  /**
   * Gatling's own stop once abort-on-fail found the run lost: nothing more is recorded from then on
   * (so the sidecar never holds an answer the log lacks), Gatling ends as usual with its log and
   * HTML report complete, and the reports say why.
   */
  static ChainBuilder stopIfStoppingEarly() {
    return exec(
        stopLoadGeneratorIf(
            session -> Recording.earlyStop().map(Sidecar.EarlyStop::reason).orElse("stopped early"),
            session -> {
              Recording.freeze();
              return Recording.stoppingEarly();
            }));
  }

  private static Session userEnded(Session session) {
    Recording.sink().userEnded(System.currentTimeMillis());
    return session;
  }

  /** A uniform random think time, never past the user's leaving time; none once stopping. */
  private static Duration thinkTime(LoadSettings load, long leaveAt) {
    if (Recording.loadStopped()) {
      return Duration.ZERO;
    }
    long min = load.thinkTimeMin().toMillis();
    long max = load.thinkTimeMax().toMillis();
    long think = min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
    return Duration.ofMillis(Math.max(0, Math.min(think, leaveAt - System.currentTimeMillis())));
  }
}

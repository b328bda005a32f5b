package simulations.chains;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.nwtn.stress.config.LoadSettings;
import io.nwtn.stress.contract.QueryClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import simulations.support.Population;
import simulations.support.QueryCorpus;

/** The Phase 1 user behaviour: queries of the three classes in their traffic shares. */
public final class PhaseOneWorkload {

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
   * leaving time in the ramp-down. The loop exits as soon as that time is passed, so a user never
   * starts a query after it.
   */
  public static ChainBuilder closedUser(LoadSettings load, Duration requestTimeout) {
    ChainBuilder query = oneQuery(load, requestTimeout);
    return during(session -> Population.stay(load, session.userId()))
        .on(query.pause(load.thinkTimeMin(), load.thinkTimeMax()));
  }
}

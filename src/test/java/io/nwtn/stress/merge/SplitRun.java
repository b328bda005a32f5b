package io.nwtn.stress.merge;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.distributed.InjectorManifest;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.SimulationLogWriter;
import io.nwtn.stress.recording.SampleRecorder;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One made-up run of several injectors, written twice: as the injectors' folders (each its own
 * {@code simulation.log}, sidecar and manifest) and as one Gatling run folder holding the union of
 * their records in time order, the way a single load generator would have written it.
 */
final class SplitRun {

  static final long START = 1_767_225_600_000L;
  static final String SCENARIO = "NWTN Phase 1 users";
  static final String GATLING = "3.15.1";
  static final String SIMULATION = "simulations.NwtnStressSimulation";

  /** A user record or a request (with the sample the simulation recorded), by one injector. */
  record Event(long time, int injector, long seq, Boolean userStart, SessionSample sample) {}

  final List<Event> events = new ArrayList<>();
  final int injectors;
  final int usersPerInjector;
  final Limits limits;

  /**
   * Injector {@code i} starts {@code i * 700} ms after the first; its users arrive over 4 s, each
   * sends 4 to 8 queries with think times, about 8 % of which fail.
   */
  SplitRun(long seed, int injectors, int usersPerInjector) {
    this.injectors = injectors;
    this.usersPerInjector = usersPerInjector;
    this.limits =
        new Limits(
            2000,
            1000,
            0.9,
            injectors * usersPerInjector,
            4_000,
            10_000,
            2_000,
            Limits.contractTargets(),
            Limits.PIPELINE_INTEGRITY);
    SplittableRandom random = new SplittableRandom(seed);
    long seq = 0;
    for (int i = 0; i < injectors; i++) {
      for (int u = 0; u < usersPerInjector; u++) {
        long t = shift(i) + 4_000L * u / usersPerInjector + random.nextInt(50);
        events.add(new Event(t, i, seq++, true, null));
        int queries = 4 + random.nextInt(5);
        for (int q = 0; q < queries; q++) {
          SessionSample s = sample(random, t);
          events.add(new Event(s.endEpochMs(), i, seq++, null, s));
          t = s.endEpochMs() + 300 + random.nextInt(1_500);
        }
        events.add(new Event(t, i, seq++, false, null));
      }
    }
    events.sort(
        Comparator.comparingLong(Event::time)
            .thenComparingInt(Event::injector)
            .thenComparingLong(Event::seq));
  }

  static long shift(int injector) {
    return START + injector * 700L;
  }

  private static SessionSample sample(SplittableRandom random, long start) {
    QueryClass c = QueryClass.values()[random.nextInt(3)];
    long elapsed =
        Math.round((150 + 250 * c.ordinal()) * Math.exp(0.7 * (random.nextDouble() - 0.3)));
    double pick = random.nextDouble();
    if (pick < 0.05) {
      return new SessionSample(c, start, start + 15, 503, "circuit_breaker_open", null, null);
    }
    if (pick < 0.08) {
      return new SessionSample(
          c, start, start + elapsed, 200, null, "final_answer_too_short", null);
    }
    return new SessionSample(c, start, start + elapsed, 200, null, null, response(c, random));
  }

  private static PrsmResponse response(QueryClass c, SplittableRandom random) {
    List<ReasoningStep> steps = new ArrayList<>();
    String previous = null;
    for (Agent agent : c.expectedAgents()) {
      String id = agent.wireName() + "-" + steps.size();
      Map<String, Object> input = new java.util.HashMap<>();
      input.put("upstream_step_id", previous);
      steps.add(
          new ReasoningStep(
              id,
              agent.wireName(),
              agent.wireName() + "-1",
              input,
              Map.of(),
              0.02 + random.nextInt(400) / 1000.0,
              0.9,
              10,
              true));
      previous = id;
    }
    int used = 10 * steps.size();
    return new PrsmResponse(
        "s",
        "stress_user_0001",
        "an answer long enough",
        steps,
        0.9,
        used,
        used * 0.01,
        List.of(),
        true,
        Map.of());
  }

  /** Writes injector {@code i}'s folder as an injector run would: manifest, gatling/<run>/. */
  Path writeInjector(Path root, String runId, int i) throws IOException {
    Path folder = root.resolve(runId).resolve("injector-" + i);
    long start = shift(i);
    Path run = folder.resolve("gatling").resolve("nwtnstresssimulation-" + i);
    writeRun(run, start, events.stream().filter(e -> e.injector() == i).toList(), health(i));
    new InjectorManifest(
            InjectorManifest.VERSION,
            runId,
            i,
            injectors,
            usersPerInjector,
            injectors * usersPerInjector,
            0,
            0,
            start,
            "host-" + i,
            new InjectorManifest.TargetClock(
                start - 20, start - 10, 100.0 + (start - 15 - START) / 1000.0))
        .write(folder);
    return folder;
  }

  /** Writes the union as one Gatling run folder. */
  Path writeUnion(Path root) throws IOException {
    Sidecar.HealthSnapshot[] first = health(0);
    Sidecar.HealthSnapshot[] last = health(injectors - 1);
    return writeRun(
        root.resolve("union"), START, events, new Sidecar.HealthSnapshot[] {first[0], last[1]});
  }

  /**
   * The target's breaker counter as injector {@code i} read it: the first injector sees 0 before,
   * later ones see what earlier traffic caused; all read 3 at their end. The run's activations are
   * 3, not a sum.
   */
  private Sidecar.HealthSnapshot[] health(int i) {
    long end = events.get(events.size() - 1).time();
    return new Sidecar.HealthSnapshot[] {
      new Sidecar.HealthSnapshot(shift(i) - 5, true, "closed", (long) i, null),
      new Sidecar.HealthSnapshot(end + 100 + i, true, "closed", 3L, null)
    };
  }

  private Path writeRun(Path run, long start, List<Event> list, Sidecar.HealthSnapshot[] health)
      throws IOException {
    Files.createDirectories(run);
    LogHeader header = new LogHeader(GATLING, SIMULATION, start, "", List.of(SCENARIO), 0);
    SampleRecorder recorder = new SampleRecorder();
    try (SimulationLogWriter w =
        SimulationLogWriter.create(run.resolve("simulation.log"), header, List.of())) {
      for (Event e : list) {
        if (e.userStart() != null) {
          w.user(SCENARIO, e.userStart(), e.time());
        } else {
          SessionSample s = e.sample();
          w.request(
              List.of(),
              s.queryClass().wireName() + " query",
              s.startEpochMs(),
              s.endEpochMs(),
              s.ok(),
              s.ok() ? "" : "HTTP " + s.httpStatus() + " failed");
          recorder.accept(s);
        }
      }
    }
    long end = list.get(list.size() - 1).time();
    SidecarFile.write(
        run,
        recorder.snapshot(
            start,
            end,
            limits,
            Map.of("profile", "test", "users", usersPerInjector),
            TargetKind.EXTERNAL,
            health[0],
            health[1],
            List.of()));
    return run;
  }
}

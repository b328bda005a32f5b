package io.nwtn.stress.capacity;

import io.nwtn.stress.recording.HealthProbe;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Runs a capacity search while Gatling runs the users: moves the {@link LevelGate} to each level
 * the {@link CapacitySearch} asks for, waits for the level's users to arrive, tallies the hold
 * window, judges it and reports it on the console, until the search is done; then lets every user
 * leave.
 */
public final class CapacityController {

  private final CapacitySettings settings;
  private final Limits limits;
  private final LevelRunner runner;
  private final Peers peers;
  private final HealthProbe probe;
  private final Consumer<String> console;
  private final CapacitySearch search;
  private final List<LevelResult> results = new ArrayList<>();
  private final Thread thread;

  /** How far ahead a level is planned, so that followers see it before its users arrive. */
  static final long LEAD_MS = 1_000;

  private volatile boolean completed;
  private volatile Consumer<LevelPlan> onLevel = plan -> {};

  /**
   * @param runner this load generator's part of each level
   * @param peers the other load generators, {@link Peers#NONE} when it runs alone
   * @param probe reads the target's {@code /health} around each hold window
   */
  public CapacityController(
      CapacitySettings settings,
      Limits limits,
      LevelRunner runner,
      Peers peers,
      HealthProbe probe,
      Consumer<String> console) {
    this.settings = settings;
    this.limits = limits;
    this.runner = runner;
    this.peers = peers;
    this.probe = probe;
    this.console = console;
    this.search = new CapacitySearch(settings);
    this.thread = new Thread(this::run, "nwtn-capacity");
    thread.setDaemon(true);
  }

  /** Also tells {@code listener} of each level as it is planned, and of the search's end. */
  public void onLevel(Consumer<LevelPlan> listener) {
    this.onLevel = listener;
  }

  /** Starts the search on its own thread. */
  public void start() {
    thread.start();
  }

  /** Stops the search (the run is ending early) and waits a little for the thread to end. */
  public void stop() throws InterruptedException {
    thread.interrupt();
    thread.join(5_000);
    runner.finish();
  }

  private void run() {
    int seq = 0;
    try {
      int level = search.first();
      while (true) {
        LevelResult result = runLevel(++seq, level);
        synchronized (results) {
          results.add(result);
        }
        console.accept(CapacityLines.row(result));
        OptionalInt next = search.next(result.passed());
        if (next.isEmpty()) {
          completed = true;
          return;
        }
        level = next.getAsInt();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (CapacityCoordinator.MissingWindows e) {
      console.accept("NWTN capacity: " + e.getMessage() + "; the search stops here");
    } finally {
      peers.publish(LevelPlan.finish(seq + 1));
      onLevel.accept(LevelPlan.finish(seq + 1));
      runner.finish();
    }
  }

  private LevelResult runLevel(int seq, int users) throws InterruptedException {
    long arrivalMs = settings.arrival().toMillis();
    console.accept(
        "NWTN capacity: level of " + users + " users, arriving over " + arrivalMs / 1000.0 + " s");
    LevelPlan plan = LevelPlan.of(seq, users, LEAD_MS, arrivalMs, settings.hold().toMillis());
    peers.publish(plan);
    onLevel.accept(plan);
    runner.arrive(plan);
    Sidecar.HealthSnapshot before = probe.sample();
    LevelTally.Figures own = runner.hold(plan);
    Sidecar.HealthSnapshot after = probe.sample();
    List<LevelTally.Figures> all = new ArrayList<>(peers.collect(seq));
    all.add(own);
    return LevelJudge.judge(
        users,
        plan.holdStartEpochMs(),
        plan.holdEndEpochMs(),
        LevelTally.Figures.merge(all),
        before,
        after,
        limits);
  }

  /** The levels judged so far, in the order they ran. */
  public List<LevelResult> results() {
    synchronized (results) {
      return List.copyOf(results);
    }
  }

  /** Whether the search has ended, with its answer or stopped. */
  public boolean completedOrStopped() {
    return !thread.isAlive() && thread.getState() != Thread.State.NEW;
  }

  /** Whether the search reached its answer (rather than being stopped). */
  public boolean completed() {
    return completed;
  }

  public CapacitySearch search() {
    return search;
  }
}

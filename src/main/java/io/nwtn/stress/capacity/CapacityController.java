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
  private final LevelGate gate;
  private final LevelTally tally;
  private final HealthProbe probe;
  private final Consumer<String> console;
  private final CapacitySearch search;
  private final List<LevelResult> results = new ArrayList<>();
  private final Thread thread;
  private volatile boolean completed;

  public CapacityController(
      CapacitySettings settings,
      Limits limits,
      LevelGate gate,
      LevelTally tally,
      HealthProbe probe,
      Consumer<String> console) {
    this.settings = settings;
    this.limits = limits;
    this.gate = gate;
    this.tally = tally;
    this.probe = probe;
    this.console = console;
    this.search = new CapacitySearch(settings);
    this.thread = new Thread(this::run, "nwtn-capacity");
    thread.setDaemon(true);
  }

  /** Starts the search on its own thread. */
  public void start() {
    thread.start();
  }

  /** Stops the search (the run is ending early) and waits a little for the thread to end. */
  public void stop() throws InterruptedException {
    thread.interrupt();
    thread.join(5_000);
    gate.finish();
  }

  private void run() {
    try {
      int level = search.first();
      while (true) {
        LevelResult result = runLevel(level);
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
    } finally {
      gate.finish();
    }
  }

  private LevelResult runLevel(int users) throws InterruptedException {
    long arrivalMs = settings.arrival().toMillis();
    console.accept(
        "NWTN capacity: level of " + users + " users, arriving over " + arrivalMs / 1000.0 + " s");
    gate.moveTo(users, arrivalMs);
    Thread.sleep(arrivalMs);
    Sidecar.HealthSnapshot before = probe.sample();
    long start = System.currentTimeMillis();
    tally.open(start);
    Thread.sleep(settings.hold().toMillis());
    long end = System.currentTimeMillis();
    LevelTally.Figures figures = tally.close();
    Sidecar.HealthSnapshot after = probe.sample();
    return LevelJudge.judge(users, start, end, figures, before, after, limits);
  }

  /** The levels judged so far, in the order they ran. */
  public List<LevelResult> results() {
    synchronized (results) {
      return List.copyOf(results);
    }
  }

  /** Whether the search reached its answer (rather than being stopped). */
  public boolean completed() {
    return completed;
  }

  public CapacitySearch search() {
    return search;
  }
}

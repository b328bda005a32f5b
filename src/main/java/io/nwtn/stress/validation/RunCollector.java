package io.nwtn.stress.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Collects the runs of a validation as they finish; safe to feed from Gatling's threads. */
public final class RunCollector {

  private final ConcurrentLinkedQueue<ScenarioRun> runs = new ConcurrentLinkedQueue<>();

  /** Adds one finished run. Never blocks. */
  public void add(ScenarioRun run) {
    runs.add(run);
  }

  /** The runs collected so far, in the order they were sent. */
  public List<ScenarioRun> runs() {
    List<ScenarioRun> list = new ArrayList<>(runs);
    list.sort(Comparator.comparingLong(r -> r.sample().startEpochMs()));
    return list;
  }
}

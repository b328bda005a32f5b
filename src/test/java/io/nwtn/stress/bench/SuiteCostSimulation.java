package io.nwtn.stress.bench;

import io.nwtn.stress.launch.StressRun;
import io.nwtn.stress.settings.LoadSettings;
import simulations.NwtnStressSimulation;

/**
 * The suite's own stress simulation, unchanged, with the CPU of its steady part measured from
 * inside its JVM ({@link SteadyCpu}) for {@link SuiteCostBenchmark}.
 */
public class SuiteCostSimulation extends NwtnStressSimulation {

  /** The line with the steady window's CPU time and instants, read by the benchmark. */
  static final String STEADY = "suite-cost steady:";

  private SteadyCpu steady;

  @Override
  public void before() {
    super.before();
    steady = steadyWindow(StressRun.settings().workload());
  }

  @Override
  public void after() {
    if (steady != null) {
      steady.close();
    }
    super.after();
  }

  /**
   * The steady part of a run of {@code load}, from now (the injection's start): its second half,
   * from half the steady state after the ramp-up to 2 s before the ramp-down; its requests are
   * counted from {@code simulation.log}. A fresh JVM's JIT compilers work for tens of seconds at a
   * few hundred requests a second, more so the more code runs per request: start-up, which the
   * first half leaves out (and what is left of it is measured apart, {@link SteadyCpu}).
   */
  static SteadyCpu steadyWindow(LoadSettings load) {
    return SteadyCpu.start(
        STEADY,
        load.rampUp().plus(load.steady().dividedBy(2)),
        load.rampUp().plus(load.steady()).minusSeconds(2),
        null);
  }
}

package io.nwtn.stress.reference;

import java.util.concurrent.atomic.AtomicInteger;

/** What the endpoints of one server share: settings, live faults, breaker, admission, counters. */
final class ServerState {

  final ReferenceSettings settings;
  final Faults faults;
  final CircuitBreaker breaker;
  final Admission admission;
  final PipelineSimulator simulator;
  final long startNanos;
  final AtomicInteger inFlight = new AtomicInteger();

  ServerState(ReferenceSettings settings) {
    this.settings = settings;
    this.startNanos = System.nanoTime();
    this.faults = new Faults(settings.faults(), System::nanoTime);
    this.breaker = new CircuitBreaker(settings.breaker(), System::nanoTime);
    this.admission = new Admission(settings.maxConcurrentPipelines(), settings.queueSize());
    this.simulator = new PipelineSimulator(settings);
  }

  double uptimeSeconds() {
    return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
  }
}

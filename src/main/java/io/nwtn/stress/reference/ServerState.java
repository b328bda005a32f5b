package io.nwtn.stress.reference;

import io.nwtn.stress.contract.ErrorBody;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What the endpoints of one server share: settings, live faults, breaker, admission, counters. */
final class ServerState {

  final ReferenceSettings settings;
  final Faults faults;
  final CircuitBreaker breaker;
  final Admission admission;
  final RateLimiter rateLimiter;
  final PipelineSimulator simulator;
  final long startNanos;
  final AtomicInteger inFlight = new AtomicInteger();

  /** Session requests received (POST /api/v1/sessions, authorised or not), since start. */
  final LongAdder sessionRequests = new LongAdder();

  ServerState(ReferenceSettings settings) {
    this.settings = settings;
    this.startNanos = System.nanoTime();
    this.faults = new Faults(settings.faults(), System::nanoTime);
    this.breaker = new CircuitBreaker(settings.breaker(), System::nanoTime);
    this.admission = new Admission(settings.maxConcurrentPipelines(), settings.queueSize());
    this.rateLimiter =
        new RateLimiter(settings.rateLimitPerSecond(), settings.rateLimitBurst(), System::nanoTime);
    this.simulator = new PipelineSimulator(settings);
    warmUp();
  }

  /** Plans and serialises one answer, so the first client does not pay for class loading. */
  private void warmUp() {
    SessionRequest sample = new SessionRequest("warm-up", "warm-up", 100_000, Optional.empty());
    PipelineSimulator.Plan plan = simulator.plan(sample, faults.current(), new Random(1));
    if (plan instanceof PipelineSimulator.Run run) {
      HttpReplies.toJson(run.response());
    }
    HttpReplies.toJson(new ErrorBody("warm_up", "warm-up"));
    SessionRequest.parse(HttpReplies.toJson(Map.of("prompt", "p")));
  }

  double uptimeSeconds() {
    return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
  }
}

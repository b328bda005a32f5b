package io.nwtn.stress.monitoring;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.recording.SampleRecorder;
import io.nwtn.stress.recording.SampleSink;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.verdict.RunMetrics;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The live metrics' sink: takes every sample, user and injected request on Gatling's threads
 * without a lock (Prometheus counters and histograms, adders, an HdrHistogram {@link Recorder}),
 * and hands the monitor's thread a {@link Reading} of the run so far.
 */
final class LiveSink implements SampleSink {

  /**
   * What the sink has seen so far, read once a second.
   *
   * @param firstUserMs when the first user started, or {@link Long#MAX_VALUE} before that
   * @param latencyMs the Phase 1 response times since the previous reading, in milliseconds
   */
  record Reading(
      long epochMs,
      long firstUserMs,
      long total,
      long ok,
      long rampUpTotal,
      long rampUpOk,
      long breakerAnswers,
      long activeUsers,
      long maxActiveUsers,
      long rampUpPeakUsers,
      Histogram latencyMs) {}

  private final LiveMetrics metrics;
  private final long rampUpMs;
  // three digits: exact to the millisecond below 2 s, within 0.1 % above
  private final Recorder latency = new Recorder(HistogramCodec.HIGHEST_MS, 3);
  private final LongAdder total = new LongAdder();
  private final LongAdder ok = new LongAdder();
  private final LongAdder rampUpTotal = new LongAdder();
  private final LongAdder rampUpOk = new LongAdder();
  private final LongAdder breakerAnswers = new LongAdder();
  private final AtomicLong active = new AtomicLong();
  private final LongAccumulator maxActive = new LongAccumulator(Math::max, 0);
  private final LongAccumulator rampUpPeak = new LongAccumulator(Math::max, 0);
  private final LongAccumulator firstUser = new LongAccumulator(Math::min, Long.MAX_VALUE);
  private final Map<QueryClass, CounterDataPoint> okCounts = new EnumMap<>(QueryClass.class);
  private final Map<QueryClass, CounterDataPoint> koCounts = new EnumMap<>(QueryClass.class);
  private final Map<QueryClass, DistributionDataPoint> durations = new EnumMap<>(QueryClass.class);
  private final Map<Agent, DistributionDataPoint> agents = new EnumMap<>(Agent.class);
  private final CounterDataPoint injectedOk;
  private final CounterDataPoint injectedKo;
  private Histogram recycled;

  LiveSink(LiveMetrics metrics, long rampUpMs) {
    this.metrics = metrics;
    this.rampUpMs = rampUpMs;
    for (QueryClass c : QueryClass.values()) {
      okCounts.put(c, metrics.requests.labelValues(c.wireName(), LiveMetrics.OK));
      koCounts.put(c, metrics.requests.labelValues(c.wireName(), LiveMetrics.KO));
      durations.put(c, metrics.duration.labelValues(c.wireName()));
    }
    for (Agent a : Agent.values()) {
      agents.put(a, metrics.agentSeconds.labelValues(a.wireName()));
    }
    injectedOk = metrics.injected.labelValues(LiveMetrics.OK);
    injectedKo = metrics.injected.labelValues(LiveMetrics.KO);
    // read when scraped: exact, and nothing to set from Gatling's threads
    GaugeWithCallback.builder()
        .name("nwtn_active_users")
        .help("Virtual users running on this load generator")
        .constLabels(metrics.run)
        .callback(callback -> callback.call(active.get()))
        .register(metrics.registry);
  }

  @Override
  public void accept(SessionSample sample) {
    QueryClass c = sample.queryClass() == null ? QueryClass.SIMPLE : sample.queryClass();
    long ms = Math.max(0, sample.endEpochMs() - sample.startEpochMs());
    latency.recordValue(Math.min(ms, HistogramCodec.HIGHEST_MS));
    durations.get(c).observe(ms / 1000.0);
    total.increment();
    long first = firstUser.get();
    boolean rampUp = first != Long.MAX_VALUE && sample.startEpochMs() - first < rampUpMs;
    if (rampUp) {
      rampUpTotal.increment();
    }
    if (sample.ok()) {
      ok.increment();
      okCounts.get(c).inc();
      if (rampUp) {
        rampUpOk.increment();
      }
      answer(sample.response());
      return;
    }
    koCounts.get(c).inc();
    String key = SampleRecorder.failureKey(sample);
    metrics.failures.labelValues(key).inc();
    if (RunMetrics.BREAKER_KEY.equals(key)) {
      breakerAnswers.increment();
    }
  }

  /** Agent times and FTNS of a valid answer, counted as the sidecar's recorder counts them. */
  private void answer(PrsmResponse response) {
    int stepsContext = 0;
    if (response.reasoningTrace() != null) {
      for (ReasoningStep step : response.reasoningTrace()) {
        if (step.executionTime() != null && step.executionTime() >= 0) {
          Agent agent = Agent.ofWire(String.valueOf(step.agentType()));
          if (agent != null) {
            agents.get(agent).observe(step.executionTime());
          }
        }
        stepsContext += step.contextUsed() == null ? 0 : step.contextUsed();
      }
    }
    metrics.contextUsed.inc(response.contextUsed() == null ? stepsContext : response.contextUsed());
    if (response.ftnsCharged() != null) {
      metrics.ftnsCharged.inc(response.ftnsCharged());
    }
  }

  @Override
  public void userStarted(long epochMs) {
    firstUser.accumulate(epochMs);
    long now = active.incrementAndGet();
    maxActive.accumulate(now);
    // the report's ramp-up concurrency allows a second of slack for the last arrival
    if (epochMs - firstUser.get() <= rampUpMs + 1000) {
      rampUpPeak.accumulate(now);
    }
  }

  @Override
  public void userEnded(long epochMs) {
    active.decrementAndGet();
  }

  /** The run is over: users Gatling stopped without their end are not running any more. */
  void ended() {
    active.set(0);
  }

  @Override
  public void injectedRequest(
      InjectedRequest kind, boolean passed, long responseTimeMs, String failure) {
    (passed ? injectedOk : injectedKo).inc();
  }

  /** The run so far; call from one thread only (the response times are handed over once each). */
  Reading read(long nowMs) {
    Histogram interval = latency.getIntervalHistogram(recycled);
    recycled = null;
    return new Reading(
        nowMs,
        firstUser.get(),
        total.sum(),
        ok.sum(),
        rampUpTotal.sum(),
        rampUpOk.sum(),
        breakerAnswers.sum(),
        active.get(),
        maxActive.get(),
        rampUpPeak.get(),
        interval);
  }

  /** Gives a histogram of a previous reading back for reuse. */
  void recycle(Histogram used) {
    recycled = used;
  }
}

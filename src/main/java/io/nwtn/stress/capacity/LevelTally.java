package io.nwtn.stress.capacity;

import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.contract.TraceAnalysis;
import io.nwtn.stress.recording.SampleRecorder;
import io.nwtn.stress.recording.SampleSink;
import io.nwtn.stress.recording.SessionSample;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Tallies the Phase 1 answers that complete within a level's hold window, on Gatling's threads
 * without a lock: counts, every response time (Gatling's own, exact to the millisecond), failures
 * by kind, circuit-breaker answers and pipeline integrity.
 */
public final class LevelTally implements SampleSink {

  private volatile Window window;

  /** Starts a window at {@code startEpochMs}; answers completing before it are not counted. */
  public void open(long startEpochMs) {
    window = new Window(startEpochMs);
  }

  /** Ends the window and returns what it counted. */
  public Figures close() {
    Window w = window;
    window = null;
    return w == null ? Figures.EMPTY : w.figures();
  }

  @Override
  public void accept(SessionSample sample) {
    Window w = window;
    if (w != null && sample.endEpochMs() >= w.startEpochMs) {
      w.add(sample);
    }
  }

  /**
   * What a window counted.
   *
   * @param latencyMs every response time of the window's answers
   * @param failures failed answers by kind, as the sidecar names them
   * @param traces successful answers whose trace was read
   * @param intact those whose trace showed the whole pipeline working
   */
  public record Figures(
      long requests,
      long ok,
      Histogram latencyMs,
      Map<String, Long> failures,
      long breakerAnswers,
      long traces,
      long intact) {

    static final Figures EMPTY = new Figures(0, 0, new Histogram(5), Map.of(), 0, 0, 0);

    /** The figures of several load generators' windows, added: histograms bucket by bucket. */
    public static Figures merge(List<Figures> parts) {
      Histogram latency = new Histogram(5);
      Map<String, Long> failures = new TreeMap<>();
      long requests = 0;
      long ok = 0;
      long breaker = 0;
      long traces = 0;
      long intact = 0;
      for (Figures f : parts) {
        latency.add(f.latencyMs());
        f.failures().forEach((k, v) -> failures.merge(k, v, Long::sum));
        requests += f.requests();
        ok += f.ok();
        breaker += f.breakerAnswers();
        traces += f.traces();
        intact += f.intact();
      }
      return new Figures(requests, ok, latency, failures, breaker, traces, intact);
    }
  }

  private static final class Window {
    final long startEpochMs;
    final LongAdder requests = new LongAdder();
    final LongAdder ok = new LongAdder();
    final Recorder latency = new Recorder(5);
    final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    final LongAdder breaker = new LongAdder();
    final LongAdder traces = new LongAdder();
    final LongAdder intact = new LongAdder();

    Window(long startEpochMs) {
      this.startEpochMs = startEpochMs;
    }

    void add(SessionSample s) {
      requests.increment();
      latency.recordValue(Math.max(0, s.endEpochMs() - s.startEpochMs()));
      if (!s.ok()) {
        String key = SampleRecorder.failureKey(s);
        failures.computeIfAbsent(key, k -> new LongAdder()).increment();
        if (s.httpStatus() == 503 && "circuit_breaker_open".equals(s.errorCode())) {
          breaker.increment();
        }
        return;
      }
      ok.increment();
      traces.increment();
      List<ReasoningStep> trace = s.response().reasoningTrace();
      if (TraceAnalysis.of(trace == null ? List.of() : trace, s.queryClass().expectedAgents())
          .intact()) {
        intact.increment();
      }
    }

    Figures figures() {
      Map<String, Long> f = new TreeMap<>();
      failures.forEach((k, v) -> f.put(k, v.sum()));
      return new Figures(
          requests.sum(),
          ok.sum(),
          latency.getIntervalHistogram(),
          f,
          breaker.sum(),
          traces.sum(),
          intact.sum());
    }
  }
}

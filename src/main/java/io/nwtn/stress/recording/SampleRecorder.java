package io.nwtn.stress.recording;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.contract.TraceAnalysis;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The sidecar's recorder: takes every {@link SessionSample} on Gatling's threads and yields a
 * {@link Sidecar} once the run is over. A sample's class figures (count, latency, each agent's
 * time) are added under one short lock of its class, into plain HdrHistograms: one uncontended lock
 * costs less than the five to seven atomic operations per value of a {@code Recorder} over a
 * concurrent histogram, times six values; the pipeline and FTNS counts are adders.
 */
public final class SampleRecorder implements SampleSink {

  private final Map<QueryClass, ClassCounters> classes = new EnumMap<>(QueryClass.class);
  private final Map<String, FailureCounter> failures = new ConcurrentHashMap<>();
  private final PipelineCounters pipeline = new PipelineCounters();
  private final FtnsCounters ftns = new FtnsCounters();
  private final Map<InjectedRequest, InjectedCounter> injected =
      new EnumMap<>(InjectedRequest.class);

  public SampleRecorder() {
    for (InjectedRequest kind : InjectedRequest.values()) {
      injected.put(kind, new InjectedCounter());
    }
    for (QueryClass c : QueryClass.values()) {
      classes.put(c, new ClassCounters(c.targetTime().toMillis()));
    }
  }

  @Override
  public void accept(SessionSample sample) {
    QueryClass queryClass = sample.queryClass() == null ? QueryClass.SIMPLE : sample.queryClass();
    ClassCounters counters = classes.get(queryClass);
    if (!sample.ok()) {
      counters.add(sample, List.of());
      String key = failureKey(sample);
      failures
          .computeIfAbsent(key, k -> new FailureCounter(describe(sample)))
          .add(sample.endEpochMs());
      return;
    }
    PrsmResponse response = sample.response();
    List<ReasoningStep> trace =
        response.reasoningTrace() == null ? List.of() : response.reasoningTrace();
    counters.add(sample, trace);
    TraceAnalysis analysis = TraceAnalysis.of(trace, queryClass.expectedAgents());
    pipeline.add(queryClass, analysis, response);
    ftns.add(queryClass.contextAllocation(), response, analysis.contextUsedBySteps());
  }

  /** The key of a request that got no answer, when Gatling's message for it is not known. */
  public static final String NO_ANSWER = "no_answer";

  /**
   * The key that groups a failed answer with its kind: for a request without an answer, its
   * transport category ({@link TransportFailure}) when known, else {@value #NO_ANSWER}.
   */
  public static String failureKey(SessionSample sample) {
    if (sample.httpStatus() == 0) {
      return sample.errorCode() == null ? NO_ANSWER : sample.errorCode();
    }
    if (sample.violatedRule() != null) {
      return "invalid_body:" + sample.violatedRule();
    }
    return "http_"
        + sample.httpStatus()
        + (sample.errorCode() == null ? "" : "_" + sample.errorCode());
  }

  private static String describe(SessionSample sample) {
    if (sample.httpStatus() == 0) {
      return sample.errorCode() == null ? "no answer" : "no answer: " + sample.errorCode();
    }
    if (sample.violatedRule() != null) {
      return "HTTP " + sample.httpStatus() + " body broke the contract: " + sample.violatedRule();
    }
    return "HTTP "
        + sample.httpStatus()
        + (sample.errorCode() == null
            ? " without a contract error body"
            : " " + sample.errorCode());
  }

  /**
   * The share of traces so far that showed the whole pipeline working, or {@code null} before the
   * first trace: the live view of the sidecar's pipeline integrity.
   */
  public Double pipelineIntegritySoFar() {
    return pipeline.integritySoFar();
  }

  /** Everything recorded so far, of a run that reached its end; call once. */
  public Sidecar snapshot(
      long startEpochMs,
      long endEpochMs,
      Limits limits,
      Map<String, Object> testConfig,
      TargetKind targetKind,
      Sidecar.HealthSnapshot before,
      Sidecar.HealthSnapshot after,
      List<Sidecar.ResourceSample> resources) {
    return snapshot(
        startEpochMs,
        endEpochMs,
        limits,
        testConfig,
        targetKind,
        before,
        after,
        resources,
        null,
        null);
  }

  /**
   * Everything recorded so far, with why abort-on-fail stopped the run ({@code null} if it did not)
   * and the target's own metrics ({@code null} when not read); call once, when no more samples
   * arrive.
   */
  public Sidecar snapshot(
      long startEpochMs,
      long endEpochMs,
      Limits limits,
      Map<String, Object> testConfig,
      TargetKind targetKind,
      Sidecar.HealthSnapshot before,
      Sidecar.HealthSnapshot after,
      List<Sidecar.ResourceSample> resources,
      Sidecar.EarlyStop stoppedEarly,
      Sidecar.TargetMetricsRecord targetMetrics) {
    Map<String, Sidecar.ClassRecord> classRecords = new LinkedHashMap<>();
    classes.forEach((c, counters) -> classRecords.put(c.wireName(), counters.record()));
    Map<String, Map<String, String>> byClass = new LinkedHashMap<>();
    Map<Agent, Histogram> agentTimes = new EnumMap<>(Agent.class);
    classes.forEach(
        (c, counters) -> {
          Map<Agent, Histogram> taken = counters.agentTimes();
          taken.forEach(
              (agent, h) ->
                  addByValue(agentTimes.computeIfAbsent(agent, a -> new Histogram(3)), h));
          byClass.put(c.wireName(), encode(taken));
        });
    Map<String, Sidecar.FailureRecord> failureRecords = new LinkedHashMap<>();
    failures.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> failureRecords.put(e.getKey(), e.getValue().record()));
    return new Sidecar(
        Sidecar.VERSION,
        startEpochMs,
        endEpochMs,
        limits,
        new LinkedHashMap<>(testConfig),
        targetKind,
        classRecords,
        encode(agentTimes),
        byClass,
        failureRecords,
        pipeline.record(),
        ftns.record(),
        before,
        after,
        List.copyOf(resources),
        stoppedEarly,
        targetMetrics,
        injectedRecords());
  }

  private Map<String, Sidecar.InjectedRecord> injectedRecords() {
    Map<String, Sidecar.InjectedRecord> out = new LinkedHashMap<>();
    injected.forEach((kind, counter) -> out.put(kind.requestName(), counter.record()));
    return out;
  }

  @Override
  public void injectedRequest(
      InjectedRequest kind, boolean ok, long responseTimeMs, String failure) {
    injected.get(kind).add(ok, responseTimeMs, failure);
  }

  /**
   * Adds {@code from}'s values one bucket at a time, not with {@code add}: the sum then grows only
   * as far as its values, as a histogram they were recorded into would, so that its encoding does
   * not depend on the order sums are made in (a merged run's report equals the union's).
   */
  private static void addByValue(Histogram to, Histogram from) {
    for (HistogramIterationValue v : from.recordedValues()) {
      to.recordValueWithCount(v.getValueIteratedTo(), v.getCountAtValueIteratedTo());
    }
  }

  private static Map<String, String> encode(Map<Agent, Histogram> histograms) {
    Map<String, String> out = new LinkedHashMap<>();
    histograms.forEach(
        (agent, h) -> {
          if (h.getTotalCount() > 0) {
            out.put(agent.wireName(), HistogramCodec.encode(h));
          }
        });
    return out;
  }

  /**
   * The figures of one query class, each sample's added under the class's lock: its count, success
   * and latency, and each step's time once in its agent's histogram (the run's are their sum, at
   * the snapshot).
   */
  private static final class ClassCounters {
    private final long targetMs;
    private long count;
    private long ok;
    private long overTarget;
    // five significant digits: exact to the millisecond up to 131 s, as the log's histogram
    private final Histogram latency = new Histogram(5);
    private final Map<Agent, Histogram> agentTimes = new EnumMap<>(Agent.class);

    ClassCounters(long targetMs) {
      this.targetMs = targetMs;
      for (Agent agent : Agent.values()) {
        agentTimes.put(agent, new Histogram(3));
      }
    }

    synchronized void add(SessionSample sample, List<ReasoningStep> trace) {
      long elapsed = Math.max(0, sample.endEpochMs() - sample.startEpochMs());
      count++;
      if (sample.ok()) {
        ok++;
      }
      if (elapsed >= targetMs) {
        overTarget++;
      }
      latency.recordValue(elapsed);
      for (ReasoningStep step : trace) {
        if (step.executionTime() == null || step.executionTime() < 0) {
          continue;
        }
        Agent agent = Agent.ofWire(String.valueOf(step.agentType()));
        if (agent != null) {
          agentTimes.get(agent).recordValue(Math.round(step.executionTime() * 1_000_000));
        }
      }
    }

    synchronized Sidecar.ClassRecord record() {
      return new Sidecar.ClassRecord(
          count, ok, count - ok, overTarget, HistogramCodec.encode(latency));
    }

    /** A copy of each agent's times so far. */
    synchronized Map<Agent, Histogram> agentTimes() {
      Map<Agent, Histogram> copy = new EnumMap<>(Agent.class);
      agentTimes.forEach((agent, h) -> copy.put(agent, h.copy()));
      return copy;
    }
  }
}

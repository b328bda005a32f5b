package io.nwtn.stress.recording;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import java.util.List;
import java.util.Map;

/**
 * What the simulation recorded beside {@code simulation.log} ({@code nwtn-sidecar.json} in the run
 * folder): what only the answers' bodies and the target's {@code /health} can tell. Distributions
 * are HdrHistograms in {@link HistogramCodec} text and every other figure is a count or a sum, so
 * the sidecars of several load generators can be added together.
 *
 * @param testConfig how the run was set up (profile, users, target URL; never a token)
 * @param targetKind what the run talked to (the reference orchestrator or another one); {@link
 *     TargetKind#UNKNOWN} in a sidecar written before it was recorded
 * @param agentTimesUs per agent, the histogram of its {@code execution_time} in microseconds
 * @param agentTimesByClassUs per query class, per agent, the same histogram
 * @param failures per failure key ({@code http_503_circuit_breaker_open}, {@code
 *     invalid_body:not_json}, {@code timeout}, ...), what the failures were
 * @param stoppedEarly why abort-on-fail stopped the load, or {@code null} for a run that was not
 * @param targetMetrics the target's own Prometheus metrics through the run; {@code null} in a
 *     sidecar written before they were read
 * @param injected per injected request's name ({@code injected malformed json}, ...), what the
 *     injected bad requests got; {@code null} in a sidecar written while they were still in {@code
 *     simulation.log}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sidecar(
    int version,
    long startEpochMs,
    long endEpochMs,
    Limits limits,
    Map<String, Object> testConfig,
    TargetKind targetKind,
    Map<String, ClassRecord> classes,
    Map<String, String> agentTimesUs,
    Map<String, Map<String, String>> agentTimesByClassUs,
    Map<String, FailureRecord> failures,
    PipelineRecord pipeline,
    FtnsRecord ftns,
    HealthSnapshot healthBefore,
    HealthSnapshot healthAfter,
    List<ResourceSample> resources,
    EarlyStop stoppedEarly,
    TargetMetricsRecord targetMetrics,
    Map<String, InjectedRecord> injected) {

  /** The format version written by this suite. */
  public static final int VERSION = 1;

  /** The file name of the sidecar inside a run folder. */
  public static final String FILE_NAME = "nwtn-sidecar.json";

  public Sidecar {
    // an older sidecar has no kind: it loads, and the reports say it was not recorded
    targetKind = targetKind == null ? TargetKind.UNKNOWN : targetKind;
  }

  /**
   * Results of one query class.
   *
   * @param overTarget answers slower than the class's target time
   * @param latencyMs histogram of all response times of the class
   */
  public record ClassRecord(long count, long ok, long failed, long overTarget, String latencyMs) {}

  /**
   * The injected bad requests of one kind.
   *
   * @param passed those rejected with their documented status and error, in time
   * @param timesMs histogram of their response times, as Gatling times a request
   * @param failures per Gatling message, how many failed with it (the first ten messages kept)
   */
  public record InjectedRecord(
      long count, long passed, String timesMs, Map<String, Long> failures) {

    /** Distinct failure messages kept per kind; the count of every failure is always exact. */
    public static final int MESSAGES_KEPT = 10;

    /** This kind's requests and another load generator's, added together. */
    public InjectedRecord plus(InjectedRecord other) {
      InjectedCounter sum = new InjectedCounter();
      sum.add(this);
      sum.add(other);
      return sum.record();
    }
  }

  /** Failures of one kind: how many, first and last time, one example. */
  public record FailureRecord(long count, long firstEpochMs, long lastEpochMs, String example) {}

  /**
   * What the reasoning traces of valid answers said about the pipeline.
   *
   * @param intact traces with every expected agent run and succeeded, in pipeline order, with an
   *     unbroken chain; {@code null} in a sidecar written before it was counted
   * @param byClass the same per query class; {@code null} inside a class's own record
   */
  public record PipelineRecord(
      long traces,
      Map<String, Long> missingAgents,
      Map<String, Long> failedAgents,
      Map<String, Long> unknownAgents,
      long outOfOrder,
      long brokenChains,
      long safetyNotValidated,
      Long intact,
      Map<String, PipelineRecord> byClass) {

    /**
     * The traces that were intact; for a sidecar that did not count them, the lower bound left when
     * each fault counted spoils a trace of its own.
     */
    public long intactTraces() {
      if (intact != null) {
        return intact;
      }
      long faults =
          missingAgents.values().stream().mapToLong(Long::longValue).sum()
              + failedAgents.values().stream().mapToLong(Long::longValue).sum()
              + outOfOrder
              + brokenChains;
      return Math.max(0, traces - faults);
    }

    /** This record and {@code other} added together, class by class. */
    public PipelineRecord plus(PipelineRecord other) {
      Map<String, PipelineRecord> classes =
          byClass == null && other.byClass == null ? null : new java.util.LinkedHashMap<>();
      for (Map<String, PipelineRecord> m : java.util.Arrays.asList(byClass, other.byClass)) {
        if (m != null) {
          m.forEach((k, v) -> classes.merge(k, v, PipelineRecord::plus));
        }
      }
      return new PipelineRecord(
          traces + other.traces,
          sum(missingAgents, other.missingAgents),
          sum(failedAgents, other.failedAgents),
          sum(unknownAgents, other.unknownAgents),
          outOfOrder + other.outOfOrder,
          brokenChains + other.brokenChains,
          safetyNotValidated + other.safetyNotValidated,
          intact == null || other.intact == null ? null : intact + other.intact,
          classes);
    }

    /** The same counts with {@code classes} as the per-class records. */
    public PipelineRecord withClasses(Map<String, PipelineRecord> classes) {
      return new PipelineRecord(
          traces,
          missingAgents,
          failedAgents,
          unknownAgents,
          outOfOrder,
          brokenChains,
          safetyNotValidated,
          intact,
          classes);
    }

    private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
      Map<String, Long> out = new java.util.TreeMap<>(a == null ? Map.of() : a);
      if (b != null) {
        b.forEach((k, v) -> out.merge(k, v, Long::sum));
      }
      return out;
    }

    /** The share of traces that were intact; 1 without any trace. */
    public double integrity() {
      return traces == 0 ? 1.0 : (double) intactTraces() / traces;
    }
  }

  /**
   * FTNS accounting over valid answers.
   *
   * @param overAllocation answers whose {@code context_used} exceeded the allocation
   * @param stepSumMismatch answers whose {@code context_used} differs from the sum of their steps
   * @param accurate answers within their allocation whose {@code context_used} is their steps' sum
   * @param ftnsPerContextMinMicro lowest {@code ftns_charged / context_used}, in millionths
   * @param ftnsPerContextMaxMicro highest {@code ftns_charged / context_used}, in millionths
   */
  public record FtnsRecord(
      long responses,
      long contextAllocated,
      long contextUsed,
      double ftnsCharged,
      long overAllocation,
      long stepSumMismatch,
      long accurate,
      long ftnsPerContextMinMicro,
      long ftnsPerContextMaxMicro) {}

  /**
   * The target's {@code /health} at one moment.
   *
   * @param activations {@code circuit_breaker.activations}, or {@code null} when not reported
   */
  public record HealthSnapshot(
      long epochMs,
      boolean reachable,
      String breakerState,
      Long activations,
      Map<String, Object> resources) {}

  /**
   * Abort-on-fail stopped the load: a requirement could no longer be met.
   *
   * @param check the compliance check that was lost, e.g. {@code circuit_breaker_activations}
   * @param detail what was seen, for a person, e.g. {@code 1 activation}
   */
  public record EarlyStop(String check, String detail, long epochMs) {

    /** The reason as the verdict gives it: {@code stopped early: <check> (<detail>)}. */
    public String reason() {
      return "stopped early: " + check + " (" + detail + ")";
    }
  }

  /**
   * The load generator's resources, and the target's when it reports them, at one second.
   *
   * @param cpuLoad the whole machine's CPU load, 0 to 1
   * @param memoryUsedBytes memory in use: the total less what is available
   * @param diskUsedPercent how full the file system the run writes to is, as {@code psutil} counts
   *     it; {@code null} in a sidecar written before it was sampled, or when it could not be read
   */
  public record ResourceSample(
      long epochMs,
      double cpuLoad,
      long memoryUsedBytes,
      long memoryTotalBytes,
      long networkReceivedBytes,
      long networkSentBytes,
      Double diskUsedPercent,
      Map<String, Object> target) {}

  /**
   * The target's own {@code /metrics} through the run (its process, and its runtime's where it
   * exports them), read by the resource sampler at most once a second.
   *
   * @param source the URL read, never with credentials, or {@code none}
   * @param detail why nothing was read, one line for a person; {@code null} when read
   * @param runtime what the target runs on, from its info metric ({@code jvm 17.0.12}, {@code
   *     CPython 3.11.2}), or {@code null}
   * @param memoryLimitBytes {@code nwtn.target.memory-limit}, 0 when unknown
   */
  public record TargetMetricsRecord(
      String source,
      String detail,
      String runtime,
      long memoryLimitBytes,
      List<TargetSample> samples) {}

  /**
   * The target's process at one moment as its {@code /metrics} said; {@code null} where not
   * exported.
   *
   * @param cpuSeconds {@code process_cpu_seconds_total}
   * @param residentBytes {@code process_resident_memory_bytes}
   * @param openFds {@code process_open_fds}
   * @param heapUsedBytes {@code jvm_memory_used_bytes{area="heap"}}
   * @param heapMaxBytes {@code jvm_memory_max_bytes{area="heap"}}, when the JVM has a limit
   * @param gcCollections garbage collections so far: {@code python_gc_collections_total} or {@code
   *     jvm_gc_collection_seconds_count}, summed over generations or collectors
   */
  public record TargetSample(
      long epochMs,
      Double cpuSeconds,
      Long residentBytes,
      Long openFds,
      Long heapUsedBytes,
      Long heapMaxBytes,
      Long gcCollections) {}
}

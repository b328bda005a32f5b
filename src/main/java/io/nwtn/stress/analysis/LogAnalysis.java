package io.nwtn.stress.analysis;

import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;

/**
 * Everything the report takes from {@code simulation.log}, gathered in one pass: the authoritative
 * request counts, the exact response-time histogram, per-second buckets (requests, errors, users,
 * percentiles), the ramp-up and the failures grouped by the kind their KO message names.
 *
 * <p>The phases start with the first user, not with the log's start time: Gatling starts its clock
 * before the simulation's {@code before()} (preflight, an embedded target) has run.
 */
public final class LogAnalysis implements LogVisitor {

  /** Slack for the last user of a ramp, who is due exactly at its end. */
  public static final long RAMP_GRACE_MS = 1000;

  private final RampTally ramp;
  private long firstUserEpochMs = Long.MIN_VALUE;

  private LogHeader header;
  private final Histogram all = HistogramCodec.newMillis();
  private final GatlingPercentile gatling = new GatlingPercentile();
  private final SecondBuckets<Second> seconds = SecondBuckets.fromZero(Second::new);
  private final Map<String, FailureTally> failures = new LinkedHashMap<>();
  private final Map<String, long[]> requestsByName = new HashMap<>();
  private final Map<String, String> categories = new HashMap<>();
  private long ok;
  private long sumMs;
  private long maxMs;
  private long ko;
  private long active;
  private long maxActive;
  private long usersStarted;
  private long lastEpochMs = Long.MIN_VALUE;
  private long errorRecords;

  /** An analysis that measures the ramp-up over the first {@code rampUpMs} of the run. */
  public LogAnalysis(long rampUpMs) {
    this(CompletableFuture.completedFuture(rampUpMs));
  }

  /**
   * An analysis whose ramp-up length is still being worked out (the run's settings loading while
   * the log is read); the ramp-up figures wait for it, nothing else does.
   */
  public LogAnalysis(CompletableFuture<Long> rampUpMs) {
    this.ramp = new RampTally(rampUpMs);
  }

  @Override
  public void header(LogHeader h) {
    this.header = h;
  }

  @Override
  public void request(LogRecord.Request r) {
    long elapsed = Math.max(0, r.responseTimeMs());
    all.recordValue(elapsed);
    sumMs += elapsed;
    gatling.add(elapsed);
    maxMs = Math.max(maxMs, elapsed);
    requestsByName.computeIfAbsent(r.name(), k -> new long[1])[0]++;
    Second started = second(r.startEpochMs());
    started.started++;
    Second completed = second(r.endEpochMs());
    completed.completed++;
    completed.latencies.record(elapsed);
    if (firstUserEpochMs != Long.MIN_VALUE && r.startEpochMs() >= firstUserEpochMs) {
      ramp.request(r.startEpochMs() - firstUserEpochMs, r.ok());
    }
    if (r.ok()) {
      ok++;
      started.startedOk++;
    } else {
      ko++;
      completed.errors++;
      failures
          .computeIfAbsent(category(r.message()), FailureTally::new)
          .add(r.endEpochMs(), r.message());
    }
    seen(r.endEpochMs());
  }

  @Override
  public void user(LogRecord.User u) {
    Second s = second(u.epochMs());
    if (u.start()) {
      if (firstUserEpochMs == Long.MIN_VALUE) {
        firstUserEpochMs = u.epochMs();
      }
      usersStarted++;
      active++;
      s.usersStarted++;
    } else {
      active = Math.max(0, active - 1);
      s.usersEnded++;
    }
    maxActive = Math.max(maxActive, active);
    if (firstUserEpochMs != Long.MIN_VALUE) {
      ramp.user(u.epochMs() - firstUserEpochMs, active);
    }
    s.peakActive = Math.max(s.peakActive, active);
    seen(u.epochMs());
  }

  @Override
  public void error(LogRecord.Error e) {
    errorRecords++;
    seen(e.epochMs());
  }

  private void seen(long epochMs) {
    lastEpochMs = Math.max(lastEpochMs, epochMs);
  }

  /** Messages repeat (the log caches its strings), so each is categorised once. */
  private String category(String message) {
    return categories.computeIfAbsent(message == null ? "" : message, ErrorCategory::of);
  }

  private Second second(long epochMs) {
    return seconds.get(Math.max(0, epochMs - startEpochMs()) / 1000);
  }

  /** The run's start from the log header (0 before the header was read). */
  public long startEpochMs() {
    return header == null ? 0 : header.startEpochMs();
  }

  public long endEpochMs() {
    return lastEpochMs == Long.MIN_VALUE ? startEpochMs() : lastEpochMs;
  }

  public LogHeader header() {
    return header;
  }

  public long total() {
    return ok + ko;
  }

  public long ok() {
    return ok;
  }

  public long ko() {
    return ko;
  }

  /** The exact mean response time, 0 without requests. */
  public double meanMs() {
    return total() == 0 ? 0 : (double) sumMs / total();
  }

  /** The P95 Gatling's own report shows for these requests. */
  public long gatlingP95Ms() {
    return gatling.p95();
  }

  public long maxMs() {
    return maxMs;
  }

  /** The most users that were running at once, from the user start and end records. */
  public long maxConcurrentUsers() {
    return maxActive;
  }

  /** When the first user started (the phases' origin), or the log's start without users. */
  public long firstUserEpochMs() {
    return firstUserEpochMs == Long.MIN_VALUE ? startEpochMs() : firstUserEpochMs;
  }

  /** The most users running by the end of ramp-up (with {@link #RAMP_GRACE_MS}). */
  public long rampUpPeakUsers() {
    return ramp.peakUsers();
  }

  /** Requests started during ramp-up. */
  public long rampUpRequests() {
    return ramp.started();
  }

  /** Successful requests among those started during ramp-up. */
  public long rampUpSuccessful() {
    return ramp.startedOk();
  }

  public long usersStarted() {
    return usersStarted;
  }

  public long errorRecords() {
    return errorRecords;
  }

  /** Every response time of the log, at 1 ms resolution. */
  public Histogram responseTimes() {
    return all;
  }

  /** Per second since the run's start, in order. */
  public Map<Long, Second> seconds() {
    return seconds.asMap();
  }

  /** The failed requests of the log by {@link ErrorCategory}. */
  public Map<String, FailureTally> failures() {
    return failures;
  }

  public Map<String, Long> requestsByName() {
    Map<String, Long> byName = new TreeMap<>();
    requestsByName.forEach((name, count) -> byName.put(name, count[0]));
    return byName;
  }

  /** One second of the run. {@code peakActive} is 0 for a second without user records. */
  public static final class Second {
    long started;
    long startedOk;
    long completed;
    long errors;
    long usersStarted;
    long usersEnded;
    long peakActive;
    final SecondLatencies latencies = new SecondLatencies();

    public long started() {
      return started;
    }

    public long startedOk() {
      return startedOk;
    }

    public long completed() {
      return completed;
    }

    public long errors() {
      return errors;
    }

    public long usersStarted() {
      return usersStarted;
    }

    public long usersEnded() {
      return usersEnded;
    }

    public long peakActive() {
      return peakActive;
    }

    /**
     * This second's response times (by the second they completed in) at the given percentiles;
     * empty without any. See {@link SecondLatencies#percentiles}.
     */
    public long[] latencyPercentiles(double... percentiles) {
      return latencies.percentiles(percentiles);
    }

    /** This second's response times, by the second they completed in. */
    public Histogram latencies() {
      return latencies.histogram();
    }
  }
}

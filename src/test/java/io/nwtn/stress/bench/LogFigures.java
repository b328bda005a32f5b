package io.nwtn.stress.bench;

import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * Every request of one {@code simulation.log}: an exact histogram of response times (ms, as Gatling
 * logs them), the failures, and the span from the first request's start to the last one's end; and
 * a second histogram of the requests started after the ramp-up, when every user is in and the load
 * generator's JVM is warm (and, when given, before the steady state's end, when users start to
 * leave), also cut into slices of {@link #SLICE_MS} by start time, to tell a stable P99 from one
 * set by a few bad seconds.
 */
final class LogFigures implements LogVisitor {

  final Histogram responseMs = new Histogram(3_600_000L, 3);
  final Histogram steadyMs = new Histogram(3_600_000L, 3);
  static final long SLICE_MS = 10_000;
  private final TreeMap<Long, Histogram> steadySlices = new TreeMap<>();
  private final long rampUpMs;
  private final long steadyEndMs;
  private long steadyFromMs = Long.MAX_VALUE;
  private long steadyToMs = Long.MAX_VALUE;
  long runStartEpochMs;
  long failed;
  long firstStartMs = Long.MAX_VALUE;
  long lastEndMs = Long.MIN_VALUE;

  private LogFigures(Duration rampUp, Duration steadyEnd) {
    this.rampUpMs = rampUp.toMillis();
    this.steadyEndMs = steadyEnd == null ? -1 : steadyEnd.toMillis();
  }

  static LogFigures of(Path log, Duration rampUp) throws IOException, LogFormatException {
    return of(log, rampUp, null);
  }

  /** The steady state from {@code rampUp} to {@code steadyEnd}, both from the run's start. */
  static LogFigures of(Path log, Duration rampUp, Duration steadyEnd)
      throws IOException, LogFormatException {
    LogFigures figures = new LogFigures(rampUp, steadyEnd);
    SimulationLogReader.read(log, figures);
    return figures;
  }

  @Override
  public void header(LogHeader header) {
    runStartEpochMs = header.startEpochMs();
    steadyFromMs = header.startEpochMs() + rampUpMs;
    if (steadyEndMs >= 0) {
      steadyToMs = header.startEpochMs() + steadyEndMs;
    }
  }

  @Override
  public void request(LogRecord.Request request) {
    long ms = Math.max(0, request.responseTimeMs());
    responseMs.recordValue(ms);
    if (request.startEpochMs() >= steadyFromMs && request.startEpochMs() < steadyToMs) {
      steadyMs.recordValue(ms);
      steadySlices
          .computeIfAbsent(
              (request.startEpochMs() - steadyFromMs) / SLICE_MS, k -> new Histogram(3_600_000L, 3))
          .recordValue(ms);
    }
    if (!request.ok()) {
      failed++;
    }
    firstStartMs = Math.min(firstStartMs, request.startEpochMs());
    lastEndMs = Math.max(lastEndMs, request.endEpochMs());
  }

  /**
   * The steady state's P99 in each {@link #SLICE_MS} slice from its start, in order (a last slice
   * shorter than the others included).
   */
  List<Double> steadyP99PerSlice() {
    List<Double> p99s = new ArrayList<>();
    steadySlices.values().forEach(h -> p99s.add((double) h.getValueAtPercentile(99)));
    return p99s;
  }

  long requests() {
    return responseMs.getTotalCount();
  }

  /** Requests per second over the span the requests covered. */
  double requestsPerSecond() {
    return requests() == 0 ? 0 : requests() * 1000.0 / Math.max(1, lastEndMs - firstStartMs);
  }
}

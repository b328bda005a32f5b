package io.nwtn.stress.bench;

import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * Every request of one {@code simulation.log}: an exact histogram of response times (ms, as Gatling
 * logs them), the failures, and the span from the first request's start to the last one's end; and
 * a second histogram of the requests started after the ramp-up, when every user is in and the load
 * generator's JVM is warm.
 */
final class LogFigures implements LogVisitor {

  final Histogram responseMs = new Histogram(3_600_000L, 3);
  final Histogram steadyMs = new Histogram(3_600_000L, 3);
  private final long rampUpMs;
  private long steadyFromMs = Long.MAX_VALUE;
  long failed;
  long firstStartMs = Long.MAX_VALUE;
  long lastEndMs = Long.MIN_VALUE;

  private LogFigures(Duration rampUp) {
    this.rampUpMs = rampUp.toMillis();
  }

  static LogFigures of(Path log, Duration rampUp) throws IOException, LogFormatException {
    LogFigures figures = new LogFigures(rampUp);
    SimulationLogReader.read(log, figures);
    return figures;
  }

  @Override
  public void header(LogHeader header) {
    steadyFromMs = header.startEpochMs() + rampUpMs;
  }

  @Override
  public void request(LogRecord.Request request) {
    responseMs.recordValue(Math.max(0, request.responseTimeMs()));
    if (request.startEpochMs() >= steadyFromMs) {
      steadyMs.recordValue(Math.max(0, request.responseTimeMs()));
    }
    if (!request.ok()) {
      failed++;
    }
    firstStartMs = Math.min(firstStartMs, request.startEpochMs());
    lastEndMs = Math.max(lastEndMs, request.endEpochMs());
  }

  long requests() {
    return responseMs.getTotalCount();
  }

  /** Requests per second over the span the requests covered. */
  double requestsPerSecond() {
    return requests() == 0 ? 0 : requests() * 1000.0 / Math.max(1, lastEndMs - firstStartMs);
  }
}

package io.nwtn.stress.analysis;

import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.recording.Sidecar;
import org.HdrHistogram.Histogram;

/**
 * The Phase 1 requests of a run: how many, how many succeeded, and every response time, from the
 * source that holds them all. That is {@code simulation.log}, except when the run was stopped
 * before Gatling wrote its last buffer: then the sidecar, whose recorder saw every answer the
 * simulation recorded (its response times are Gatling's own, exact to the millisecond), holds more.
 *
 * @param source {@value #LOG} or {@value #SIDECAR}
 * @param responseTimes every response time, at 1 ms resolution
 */
public record RequestFigures(String source, long total, long ok, Histogram responseTimes) {

  /** Figures read from Gatling's log. */
  public static final String LOG = "simulation.log";

  /** Figures taken from the in-run recorder's sidecar. */
  public static final String SIDECAR = "sidecar";

  /** The figures of the source that saw more requests; the log on a tie. */
  public static RequestFigures of(LogAnalysis log, Sidecar sidecar) {
    long answered = answered(sidecar);
    if (answered <= log.total()) {
      return new RequestFigures(LOG, log.total(), log.ok(), log.responseTimes());
    }
    Histogram all = HistogramCodec.newMillis();
    long ok = 0;
    for (Sidecar.ClassRecord c : sidecar.classes().values()) {
      all.add(HistogramCodec.decode(c.latencyMs()));
      ok += c.ok();
    }
    return new RequestFigures(SIDECAR, answered, ok, all);
  }

  /** The Phase 1 requests the sidecar saw, answered or not; -1 without one. */
  public static long answered(Sidecar sidecar) {
    return sidecar == null || sidecar.classes() == null
        ? -1
        : sidecar.classes().values().stream().mapToLong(Sidecar.ClassRecord::count).sum();
  }

  public long failed() {
    return total - ok;
  }

  /** Whether these figures came from the sidecar because the log lost requests. */
  public boolean fromSidecar() {
    return SIDECAR.equals(source);
  }

  /** The exact mean response time, 0 without requests. */
  public double meanMs() {
    return responseTimes.getTotalCount() == 0 ? 0 : responseTimes.getMean();
  }

  /** The smallest response time with at least {@code p} percent at or below it; 0 without any. */
  public long percentileMs(double p) {
    return responseTimes.getTotalCount() == 0 ? 0 : responseTimes.getValueAtPercentile(p);
  }

  public long maxMs() {
    return responseTimes.getTotalCount() == 0 ? 0 : responseTimes.getMaxValue();
  }
}

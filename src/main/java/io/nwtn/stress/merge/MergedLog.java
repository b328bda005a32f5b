package io.nwtn.stress.merge;

import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.RunLog;
import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * One {@link LogAnalysis} over the {@code simulation.log}s of several injectors, as if one load
 * generator had written all their records: every request counted once into the same exact histogram
 * and per-second buckets, counted from the earliest injector's start; user start and end records
 * merged in time order (each log's own order kept, ties going to the lower injector) so that
 * concurrency is the number of users running on all injectors at once, never a sum of per-injector
 * maxima.
 *
 * <p>User records are held until every log is read, 8 bytes each: a closed-model run has two per
 * user, an open-model run two per arrival.
 */
public final class MergedLog {

  private MergedLog() {}

  /**
   * The merged analysis and each log's own request figures.
   *
   * @param parts per log, in the order given
   */
  public record Result(LogAnalysis merged, RunLog log, List<PartFigures> parts) {}

  /** One injector's requests: counts and its exact response-time histogram. */
  public static final class PartFigures {
    private final Histogram times = HistogramCodec.newMillis();
    private long ok;
    private long ko;
    private long firstUserEpochMs;

    void add(LogRecord.Request r) {
      times.recordValue(Math.max(0, r.responseTimeMs()));
      if (r.ok()) {
        ok++;
      } else {
        ko++;
      }
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

    /** When this injector's first user started, 0 without users. */
    public long firstUserEpochMs() {
      return firstUserEpochMs;
    }

    /** The exact percentile of this injector's response times, 0 without requests. */
    public long percentileMs(double p) {
      return times.getTotalCount() == 0 ? 0 : times.getValueAtPercentile(p);
    }
  }

  /**
   * Reads {@code logs} into one analysis whose header is {@code header}, measuring the ramp-up over
   * its first {@code rampUpMs}. Each log is read twice: first its user records, which are replayed
   * in time order before any request so that the phases start with the run's first user whichever
   * injector it ran on, then its requests.
   */
  public static Result analyse(LogHeader header, List<Path> logs, long rampUpMs) {
    LogAnalysis analysis = new LogAnalysis(rampUpMs);
    analysis.header(header);
    UserEvents[] users = new UserEvents[logs.size()];
    for (int i = 0; i < logs.size(); i++) {
      UserEvents u = new UserEvents();
      users[i] = u;
      read(
          logs.get(i),
          new LogVisitor() {
            @Override
            public void user(LogRecord.User user) {
              u.add(user);
            }
          });
    }
    replayInTimeOrder(users, analysis);
    // injected requests go to the fault sections only, as in a single run's report
    RunLog log = RunLog.ofParts(analysis);
    List<PartFigures> parts = new ArrayList<>();
    for (int i = 0; i < logs.size(); i++) {
      PartFigures part = new PartFigures();
      part.firstUserEpochMs = users[i].size == 0 ? 0 : users[i].time(0);
      parts.add(part);
      log.onPhaseOneRequest(part::add);
      read(logs.get(i), log);
    }
    return new Result(analysis, log, List.copyOf(parts));
  }

  private static void read(Path log, LogVisitor visitor) {
    try {
      SimulationLogReader.read(log, visitor);
    } catch (LogFormatException e) {
      throw new ExitException(
          ExitStatus.ERROR, e.getMessage() + "; that injector's log is unusable, rerun the run", e);
    } catch (IOException e) {
      throw new ExitException(ExitStatus.ERROR, log + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** A k-way merge of the injectors' user records by time; N is small, so a linear scan. */
  private static void replayInTimeOrder(UserEvents[] users, LogAnalysis analysis) {
    int[] next = new int[users.length];
    while (true) {
      int pick = -1;
      for (int i = 0; i < users.length; i++) {
        if (next[i] < users[i].size
            && (pick < 0 || users[i].time(next[i]) < users[pick].time(next[pick]))) {
          pick = i;
        }
      }
      if (pick < 0) {
        return;
      }
      UserEvents u = users[pick];
      analysis.user(new LogRecord.User(u.scenario, u.start(next[pick]), u.time(next[pick])));
      next[pick]++;
    }
  }

  /** One log's user records in file order: the time shifted left, the start flag in bit 0. */
  private static final class UserEvents {
    private long[] events = new long[1024];
    private int size;
    private String scenario = "";

    void add(LogRecord.User user) {
      if (size == events.length) {
        events = Arrays.copyOf(events, size * 2);
      }
      // the analysis counts users over all scenarios together, so one name is enough
      scenario = user.scenario();
      events[size++] = (user.epochMs() << 1) | (user.start() ? 1 : 0);
    }

    long time(int i) {
      return events[i] >> 1;
    }

    boolean start(int i) {
      return (events[i] & 1) == 1;
    }
  }
}

package io.nwtn.stress.documents;

import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.TargetResources;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.verdict.RunReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code performance_timeline.json}: one entry per second of the run, without gaps. Users started
 * and ended per second are kept so timelines of several load generators can be added together. The
 * load generator's CPU and memory, and the target's from its own metrics, are in the seconds where
 * a sample fell.
 */
public final class TimelineDocument {

  private TimelineDocument() {}

  public static Map<String, Object> build(RunReport r) {
    LogAnalysis log = r.log();
    Map<Long, Sidecar.ResourceSample> resources =
        resourcesBySecond(r.sidecar(), log.startEpochMs());
    Map<Long, TargetResources.Point> target = targetBySecond(r.target(), log.startEpochMs());
    long lastSecond = log.seconds().keySet().stream().mapToLong(Long::longValue).max().orElse(-1);
    List<Map<String, Object>> seconds = new ArrayList<>();
    long origin = log.firstUserEpochMs() - log.startEpochMs();
    long active = 0;
    for (long sec = 0; sec <= lastSecond; sec++) {
      LogAnalysis.Second s = log.seconds().get(sec);
      Map<String, Object> e = Json.object();
      e.put("second", sec);
      e.put("time", Json.time(log.startEpochMs() + sec * 1000));
      e.put(
          "phase", sec * 1000 + 999 < origin ? "before" : r.limits().phaseAt(sec * 1000 - origin));
      if (s != null) {
        active += s.usersStarted() - s.usersEnded();
      }
      e.put("active_users", Math.max(0, active));
      e.put(
          "peak_active_users", s == null ? Math.max(0, active) : Math.max(active, s.peakActive()));
      e.put("users_started", s == null ? 0 : s.usersStarted());
      e.put("users_ended", s == null ? 0 : s.usersEnded());
      e.put("requests_started", s == null ? 0 : s.started());
      e.put("requests_completed", s == null ? 0 : s.completed());
      e.put("rps", s == null ? 0 : s.completed());
      e.put("errors", s == null ? 0 : s.errors());
      long[] p = s == null ? new long[0] : s.latencyPercentiles(50, 95, 99);
      boolean any = p.length > 0;
      e.put("p50_latency_ms", any ? p[0] : null);
      e.put("p95_latency_ms", any ? p[1] : null);
      e.put("p99_latency_ms", any ? p[2] : null);
      Sidecar.ResourceSample rs = resources.get(sec);
      if (rs != null) {
        e.put("cpu_percent", Json.round(rs.cpuLoad() * 100, 1));
        e.put("memory_used_bytes", rs.memoryUsedBytes());
      }
      TargetResources.Point tp = target.get(sec);
      if (tp != null) {
        e.put("target_cpu_percent", tp.cpuPercent());
        e.put("target_resident_memory_bytes", tp.residentBytes());
      }
      seconds.add(e);
    }
    Map<String, Object> d = Json.object();
    d.put("start_time", Json.time(log.startEpochMs()));
    d.put("first_user_time", Json.time(log.firstUserEpochMs()));
    d.put("ramp_up_seconds", r.limits().rampUpMs() / 1000.0);
    d.put("steady_seconds", r.limits().steadyMs() / 1000.0);
    d.put("ramp_down_seconds", r.limits().rampDownMs() / 1000.0);
    d.put("seconds", seconds);
    return d;
  }

  private static Map<Long, TargetResources.Point> targetBySecond(TargetResources t, long startMs) {
    Map<Long, TargetResources.Point> out = new HashMap<>();
    t.points().forEach(p -> out.put(Math.max(0, p.epochMs() - startMs) / 1000, p));
    return out;
  }

  private static Map<Long, Sidecar.ResourceSample> resourcesBySecond(Sidecar s, long startMs) {
    Map<Long, Sidecar.ResourceSample> out = new HashMap<>();
    if (s != null && s.resources() != null) {
      for (Sidecar.ResourceSample rs : s.resources()) {
        out.put(Math.max(0, rs.epochMs() - startMs) / 1000, rs);
      }
    }
    return out;
  }
}

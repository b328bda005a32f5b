package io.nwtn.stress.merge;

import io.nwtn.stress.distributed.InjectorManifest;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.verdict.RunMetrics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code distributed_merge.json} beside the merged reports: which injector folders made the run,
 * each one's own requests and P95, the merged totals, and the clock findings. Its contract is
 * {@code docs/schemas/distributed_merge.schema.json}.
 */
public final class MergeDocument {

  /** The file name, in the merged run's report folder. */
  public static final String FILE_NAME = "distributed_merge.json";

  private MergeDocument() {}

  /** Writes the document into {@code dir}, replacing it whole or not at all. */
  public static Path write(MergedRun run, Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    ReportFiles.writeAtomically(file, ReportFiles.reportMapper().writeValueAsBytes(build(run)));
    return file;
  }

  static Map<String, Object> build(MergedRun run) {
    List<Map<String, Object>> injectors = new ArrayList<>();
    for (int i = 0; i < run.parts().size(); i++) {
      injectors.add(injector(run.parts().get(i), run.figures().get(i)));
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("run_id", run.parts().get(0).manifest().runId());
    d.put("injector_count", run.parts().size());
    d.put("injectors", injectors);
    d.put("merged", merged(run));
    d.put("clock", run.clock().stream().map(ClockSkew.Finding::line).toList());
    return d;
  }

  private static Map<String, Object> injector(InjectorFolder p, MergedLog.PartFigures f) {
    InjectorManifest mf = p.manifest();
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("index", mf.index());
    e.put("host", mf.host());
    e.put("folder", p.folder().toString());
    e.put("gatling_run_folder", p.runFolder().toString());
    e.put("users", mf.users());
    e.put("run_start", Instant.ofEpochMilli(p.header().startEpochMs()).toString());
    e.put("first_user", Instant.ofEpochMilli(f.firstUserEpochMs()).toString());
    e.put("total_requests", f.total());
    e.put("successful_requests", f.ok());
    e.put("failed_requests", f.ko());
    e.put("p95_latency_ms", f.percentileMs(95));
    return e;
  }

  private static Map<String, Object> merged(MergedRun run) {
    RunMetrics m = run.report().metrics();
    Map<String, Object> merged = new LinkedHashMap<>();
    merged.put("total_requests", m.total());
    merged.put("successful_requests", m.ok());
    merged.put("failed_requests", m.failed());
    merged.put("p50_latency_ms", m.p50Ms());
    merged.put("p95_latency_ms", m.p95Ms());
    merged.put("p99_latency_ms", m.p99Ms());
    merged.put("max_concurrent_users", m.maxConcurrentUsers());
    merged.put("peak_rps", m.peakRps());
    merged.put("verdict", run.report().verdict());
    merged.put(
        "target_kind",
        run.report().sidecar() == null
            ? TargetKind.UNKNOWN.wireName()
            : run.report().sidecar().targetKind().wireName());
    return merged;
  }
}

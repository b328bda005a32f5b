package io.nwtn.stress.merge;

import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.analysis.FaultFindings;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.verdict.RunReport;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The injectors of one run judged as one run: their logs merged into one analysis, their sidecars
 * added, and every compliance check evaluated again on the merged figures.
 *
 * @param parts the injector folders, by index
 * @param report the merged run's report, named for the run id
 * @param figures per injector (in the order of {@code parts}), its own request figures
 */
public record MergedRun(
    List<InjectorFolder> parts,
    RunReport report,
    List<MergedLog.PartFigures> figures,
    List<ClockSkew.Finding> clock) {

  /**
   * Opens, checks and merges injector folders.
   *
   * @param fallbackLimits the thresholds when no injector recorded a sidecar
   * @throws io.nwtn.stress.exit.ExitException with one line when they are not one run
   */
  public static MergedRun of(
      List<Path> folders, ReportSettings settings, Supplier<Limits> fallbackLimits) {
    List<InjectorFolder> parts =
        folders.stream()
            .map(InjectorFolder::open)
            .sorted(Comparator.comparingInt(p -> p.manifest().index()))
            .toList();
    RunCheck.check(parts);
    Sidecar sidecar =
        parts.get(0).sidecar() == null
            ? null
            : SidecarMerge.merge(
                parts.stream().map(InjectorFolder::sidecar).toList(), testConfig(parts));
    Limits limits = sidecar == null ? fallbackLimits.get() : sidecar.limits();
    MergedLog.Result logs =
        MergedLog.analyse(
            header(parts),
            parts.stream().map(p -> p.runFolder().resolve("simulation.log")).toList(),
            limits.rampUpMs());
    RunReport report =
        RunReport.of(
            parts.get(0).manifest().runId(),
            logs.merged(),
            sidecar,
            limits,
            settings,
            FaultFindings.of(logs.log(), sidecar, limits.successRate(), completeness(parts)));
    return new MergedRun(parts, report, logs.parts(), ClockSkew.of(parts, logs.parts()));
  }

  /** The merged run is complete only when every injector's run is. */
  private static Completeness completeness(List<InjectorFolder> parts) {
    List<String> reasons =
        parts.stream()
            .filter(p -> Completeness.marked(p.runFolder()))
            .map(p -> "injector " + p.manifest().index() + " was stopped before its end")
            .toList();
    return new Completeness(reasons);
  }

  /** The first injector's header with the earliest start: the merged run's second 0. */
  private static LogHeader header(List<InjectorFolder> parts) {
    LogHeader h = parts.get(0).header();
    long start = parts.stream().mapToLong(p -> p.header().startEpochMs()).min().orElseThrow();
    return new LogHeader(
        h.gatlingVersion(),
        h.simulationClassName(),
        start,
        "run " + parts.get(0).manifest().runId() + " merged from " + parts.size() + " injectors",
        h.scenarios(),
        h.assertionCount());
  }

  /** The first injector's configuration with the run's users, id and injector count. */
  private static Map<String, Object> testConfig(List<InjectorFolder> parts) {
    Map<String, Object> c = new LinkedHashMap<>();
    Map<String, Object> first = parts.get(0).sidecar().testConfig();
    if (first != null) {
      c.putAll(first);
    }
    c.put("users", parts.stream().mapToInt(p -> p.manifest().users()).sum());
    c.put("run_id", parts.get(0).manifest().runId());
    c.put("injectors", parts.size());
    return c;
  }
}

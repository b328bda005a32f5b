package io.nwtn.stress.merge;

import io.nwtn.stress.distributed.InjectorManifest;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Refuses, with one line, injector folders that are not the parts of one run: different run ids,
 * Gatling versions, simulations or thresholds, a missing or repeated injector, or sidecars on some
 * injectors only. Merging such folders would give a report that describes no real run.
 */
public final class RunCheck {

  private RunCheck() {}

  /** Checks that {@code parts} are all injectors of one run. */
  public static void check(List<InjectorFolder> parts) {
    InjectorFolder first = parts.get(0);
    InjectorManifest m0 = first.manifest();
    for (InjectorFolder p : parts) {
      InjectorManifest m = p.manifest();
      same(p, first, "run id", m.runId(), m0.runId());
      same(p, first, "injector count", m.count(), m0.count());
      same(
          p,
          first,
          "Gatling version",
          p.header().gatlingVersion(),
          first.header().gatlingVersion());
      same(
          p,
          first,
          "simulation",
          p.header().simulationClassName(),
          first.header().simulationClassName());
      if ((p.sidecar() == null) != (first.sidecar() == null)) {
        throw InjectorFolder.bad(
            (p.sidecar() == null ? p : first).folder()
                + ": recorded no sidecar while "
                + (p.sidecar() == null ? first : p).folder()
                + " did; merge injectors that all recorded one, or none");
      }
      if (p.sidecar() != null) {
        same(p, first, "thresholds", p.sidecar().limits(), first.sidecar().limits());
      }
    }
    complete(parts, m0.count());
  }

  private static void complete(List<InjectorFolder> parts, int count) {
    TreeSet<Integer> seen = new TreeSet<>();
    for (InjectorFolder p : parts) {
      if (!seen.add(p.manifest().index())) {
        throw InjectorFolder.bad(
            p.folder() + ": injector " + p.manifest().index() + " was given twice");
      }
    }
    TreeSet<Integer> missing = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      if (!seen.contains(i)) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      throw InjectorFolder.bad(
          "run "
              + parts.get(0).manifest().runId()
              + " has "
              + count
              + " injectors but injector "
              + missing
              + " is missing; pass all "
              + count
              + " injector folders");
    }
  }

  private static void same(
      InjectorFolder p, InjectorFolder first, String what, Object value, Object expected) {
    if (!Objects.equals(value, expected)) {
      throw InjectorFolder.bad(
          p.folder()
              + ": "
              + what
              + " "
              + shown(value)
              + " differs from "
              + first.folder()
              + "'s "
              + shown(expected)
              + "; merge only the injectors of one run");
    }
  }

  private static String shown(Object value) {
    return value == null ? "(none)" : value.toString();
  }
}

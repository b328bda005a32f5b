package io.nwtn.stress.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's figures of the target's own resources (its {@code target_metrics}) beside the
 * load generator's CPU (its {@code system_metrics}), or why the target's are not known.
 */
final class TargetFigures {

  private TargetFigures() {}

  static List<DashboardView.Figure> of(JsonNode target, JsonNode system) {
    List<DashboardView.Figure> out = new ArrayList<>();
    if (target.path("samples").asInt(0) == 0) {
      out.add(
          new DashboardView.Figure(
              "target metrics", "none: " + target.path("detail").asText("not recorded")));
    } else {
      out.add(new DashboardView.Figure("target metrics", target.path("source").asText()));
      if (target.hasNonNull("runtime")) {
        out.add(new DashboardView.Figure("target runtime", target.path("runtime").asText()));
      }
      out.add(
          new DashboardView.Figure(
              "target CPU, % of one core (avg / max)",
              DashboardView.text(target.path("avg_cpu_percent"))
                  + " / "
                  + DashboardView.text(target.path("max_cpu_percent"))));
      out.add(
          new DashboardView.Figure(
              "target resident memory, max", mib(target.path("max_resident_memory_bytes"))));
      if (target.hasNonNull("max_memory_percent")) {
        out.add(
            new DashboardView.Figure(
                "target memory, max % of its limit",
                DashboardView.text(target.path("max_memory_percent"))
                    + " of "
                    + mib(target.path("memory_limit_bytes"))
                    + " ("
                    + target.path("memory_limit_source").asText()
                    + ")"));
      }
      out.add(
          new DashboardView.Figure(
              "target open files, max", DashboardView.text(target.path("max_open_fds"))));
    }
    out.add(
        new DashboardView.Figure(
            "load generator CPU, % (avg / max)",
            DashboardView.text(system.path("avg_cpu_percent"))
                + " / "
                + DashboardView.text(system.path("max_cpu_percent"))));
    return out;
  }

  private static String mib(JsonNode bytes) {
    return bytes.isNumber()
        ? String.format(Locale.ROOT, "%.0f MiB", bytes.asDouble() / (1 << 20))
        : "–";
  }
}

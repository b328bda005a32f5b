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
      out.add(figure("target metrics", "none: " + target.path("detail").asText("not recorded")));
    } else {
      target(target, out);
    }
    out.add(
        figure(
            "load generator CPU, % (avg / max)",
            DashboardView.text(system.path("avg_cpu_percent"))
                + " / "
                + DashboardView.text(system.path("max_cpu_percent"))));
    return out;
  }

  private static void target(JsonNode t, List<DashboardView.Figure> out) {
    out.add(figure("target metrics", t.path("source").asText()));
    if (t.hasNonNull("runtime")) {
      out.add(figure("target runtime", t.path("runtime").asText()));
    }
    out.add(
        figure(
            "target CPU, % of one core (avg / max)",
            DashboardView.text(t.path("avg_cpu_percent"))
                + " / "
                + DashboardView.text(t.path("max_cpu_percent"))));
    out.add(figure("target resident memory, max", mib(t.path("max_resident_memory_bytes"))));
    if (t.hasNonNull("max_memory_percent")) {
      out.add(
          figure(
              "target memory, max % of its limit",
              DashboardView.text(t.path("max_memory_percent"))
                  + " of "
                  + mib(t.path("memory_limit_bytes"))
                  + " ("
                  + t.path("memory_limit_source").asText()
                  + ")"));
    }
    out.add(figure("target open files, max", DashboardView.text(t.path("max_open_fds"))));
  }

  private static DashboardView.Figure figure(String label, String value) {
    return new DashboardView.Figure(label, value);
  }

  private static String mib(JsonNode bytes) {
    return bytes.isNumber()
        ? String.format(Locale.ROOT, "%.0f MiB", bytes.asDouble() / (1 << 20))
        : "–";
  }
}

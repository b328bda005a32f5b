package io.nwtn.stress.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring stack shipped in {@code deploy/monitoring}, read as its users get it: the
 * Prometheus configuration (rewritten for a test's ports and interval), its rules, and the Grafana
 * dashboard's expressions.
 */
public final class ShippedMonitoring {

  public static final Path DIR = Path.of("deploy/monitoring");
  public static final Path PROMETHEUS = DIR.resolve("prometheus/prometheus.yml");
  public static final Path RULES = DIR.resolve("prometheus/rules");
  public static final Path DASHBOARD = DIR.resolve("grafana/dashboards/nwtn-live.json");

  public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An alert's expression: what it compares, then the comparison with a number. */
  private static final Pattern COMPARISON =
      Pattern.compile("^(.*\\S)\\s*(>=|<=|==|!=|>|<)\\s*-?[0-9.]+$", Pattern.DOTALL);

  private ShippedMonitoring() {}

  /** A rule of the shipped rule files. */
  public record Rule(String name, String expr, boolean alert) {

    /** What an alert compares with its threshold, or a recording rule's own name. */
    public String operand() {
      if (!alert) {
        return name;
      }
      Matcher m = COMPARISON.matcher(expr.strip());
      if (!m.matches()) {
        throw new AssertionError(name + ": not '<operand> <comparison> <number>': " + expr);
      }
      return m.group(1);
    }
  }

  /** Every rule of the shipped rule files (the unit tests of the alerts left out). */
  public static List<Rule> rules() throws IOException {
    List<Rule> out = new ArrayList<>();
    for (String file : List.of("nwtn-recording.yml", "nwtn-alerts.yml")) {
      for (JsonNode group : YAML.readTree(RULES.resolve(file).toFile()).path("groups")) {
        for (JsonNode r : group.path("rules")) {
          boolean alert = r.has("alert");
          out.add(
              new Rule(
                  r.path(alert ? "alert" : "record").asText(), r.path("expr").asText(), alert));
        }
      }
    }
    return out;
  }

  /** The Grafana dashboard. */
  public static JsonNode dashboard() throws IOException {
    return JSON.readTree(DASHBOARD.toFile());
  }

  /** Every panel target's expression, as written for Grafana. */
  public static List<String> dashboardExpressions() throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode panel : dashboard().path("panels")) {
      panel.path("targets").forEach(t -> out.add(t.path("expr").asText()));
    }
    return out;
  }

  /**
   * A dashboard expression as Grafana sends it: every run ({@code All}), and a rate window of a
   * minute for {@code $__rate_interval}.
   */
  public static String forPrometheus(String grafanaExpr) {
    return grafanaExpr.replace("$run_id", ".*").replace("$__rate_interval", "1m");
  }

  /**
   * Writes the shipped configuration into {@code dir} with the rules beside it, its interval and
   * each job's targets replaced: {@code targets} maps a job name to its {@code host:port}.
   */
  public static Path prometheusConfig(Path dir, String interval, Map<String, String> targets)
      throws IOException {
    ObjectNode config = (ObjectNode) YAML.readTree(PROMETHEUS.toFile());
    ObjectNode global = (ObjectNode) config.path("global");
    global.put("scrape_interval", interval);
    global.put("evaluation_interval", interval);
    for (JsonNode job : config.path("scrape_configs")) {
      String target = targets.get(job.path("job_name").asText());
      if (target == null) {
        throw new AssertionError("no test target for job " + job.path("job_name"));
      }
      ArrayNode list = ((ObjectNode) job.path("static_configs").get(0)).putArray("targets");
      list.add(target);
    }
    Files.createDirectories(dir.resolve("rules"));
    try (var files = Files.list(RULES)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve("rules").resolve(f.getFileName()));
      }
    }
    Path out = dir.resolve("prometheus.yml");
    YAML.writeValue(out.toFile(), config);
    return out;
  }
}

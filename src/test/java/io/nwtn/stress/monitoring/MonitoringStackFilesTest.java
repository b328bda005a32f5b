package io.nwtn.stress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.testing.ShippedMonitoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The monitoring stack's files as Grafana and Docker would read them, checked for their structure
 * (neither runs here; Prometheus evaluates every expression in {@code PrometheusStackTest}): the
 * dashboard's schema version, its data source variable, a title and a data source reference on
 * every panel, the provisioning and the compose file's mounts.
 */
class MonitoringStackFilesTest {

  static final String DS = "${datasource}";

  @Test
  void theDashboardIsOfAGrafanaSchemaWithADataSourceVariable() throws IOException {
    JsonNode d = ShippedMonitoring.dashboard();
    assertTrue(
        d.path("schemaVersion").asInt() >= 36,
        "data source references by uid: " + d.path("schemaVersion"));
    assertFalse(d.path("uid").asText().isEmpty());
    JsonNode ds = variable(d, "datasource");
    assertEquals("datasource", ds.path("type").asText());
    assertEquals("prometheus", ds.path("query").asText());
    JsonNode run = variable(d, "run_id");
    assertEquals(DS, run.path("datasource").path("uid").asText());
    assertTrue(run.path("includeAll").asBoolean());
    assertEquals(".*", run.path("allValue").asText(), "All is every run, as the tests query it");
  }

  @Test
  void everyPanelHasATitleADataSourceReferenceAndExpressions() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    JsonNode panels = ShippedMonitoring.dashboard().path("panels");
    assertTrue(panels.size() >= 12, "the NWTN dashboard's sections: " + panels.size());
    for (JsonNode p : panels) {
      String title = p.path("title").asText();
      if (title.isBlank()) {
        problems.add("panel " + p.path("id") + " has no title");
      }
      if (!ids.add(p.path("id").asInt())) {
        problems.add(title + ": id " + p.path("id") + " twice");
      }
      checkReference(title, p.path("datasource"), problems);
      if (p.path("targets").isEmpty()) {
        problems.add(title + ": no targets");
      }
      for (JsonNode t : p.path("targets")) {
        checkReference(title + " " + t.path("refId").asText(), t.path("datasource"), problems);
        if (t.path("expr").asText().isBlank()) {
          problems.add(title + ": a target without an expression");
        }
      }
      if (!p.path("gridPos").has("w") || !p.path("gridPos").has("h")) {
        problems.add(title + ": no size");
      }
    }
    assertEquals(List.of(), problems);
  }

  private static void checkReference(String where, JsonNode ds, List<String> problems) {
    if (!"prometheus".equals(ds.path("type").asText()) || !DS.equals(ds.path("uid").asText())) {
      problems.add(where + ": data source " + ds + " is not the variable " + DS);
    }
  }

  @Test
  void theProvisioningGivesTheDataSourceTheDashboardDefaultsTo() throws IOException {
    Path grafana = ShippedMonitoring.DIR.resolve("grafana/provisioning");
    JsonNode sources =
        ShippedMonitoring.YAML.readTree(grafana.resolve("datasources/prometheus.yml").toFile());
    JsonNode source = sources.path("datasources").get(0);
    assertEquals("prometheus", source.path("type").asText());
    assertEquals(
        variable(ShippedMonitoring.dashboard(), "datasource")
            .path("current")
            .path("value")
            .asText(),
        source.path("uid").asText());
    assertTrue(source.path("isDefault").asBoolean());
    JsonNode providers =
        ShippedMonitoring.YAML.readTree(grafana.resolve("dashboards/nwtn.yml").toFile());
    assertEquals("file", providers.path("providers").get(0).path("type").asText());
  }

  @Test
  void theComposeFileMountsWhatIsShippedWherePrometheusAndGrafanaReadIt() throws IOException {
    JsonNode compose =
        ShippedMonitoring.YAML.readTree(ShippedMonitoring.DIR.resolve("compose.yaml").toFile());
    JsonNode services = compose.path("services");
    assertEquals(Set.of("prometheus", "grafana"), fieldNames(services));
    for (JsonNode s : services) {
      assertTrue(
          s.path("image").asText().matches("[a-z/-]+:v?[0-9]+\\.[0-9]+\\.[0-9]+"),
          "a pinned image: " + s.path("image"));
      for (JsonNode v : s.path("volumes")) {
        String source = v.asText().split(":")[0];
        if (source.startsWith(".")) {
          assertTrue(Files.exists(ShippedMonitoring.DIR.resolve(source)), "mounted: " + source);
        } else {
          assertTrue(compose.path("volumes").has(source), "a named volume: " + source);
        }
      }
    }
    String config = "";
    for (JsonNode arg : services.path("prometheus").path("command")) {
      if (arg.asText().startsWith("--config.file=")) {
        config = arg.asText().substring("--config.file=".length());
      }
    }
    assertEquals("/etc/prometheus/nwtn/prometheus.yml", config);
    assertTrue(
        services
            .path("prometheus")
            .path("volumes")
            .get(0)
            .asText()
            .startsWith("./prometheus:/etc/prometheus/nwtn"));
    List<String> grafanaMounts = new ArrayList<>();
    services.path("grafana").path("volumes").forEach(v -> grafanaMounts.add(v.asText()));
    assertTrue(
        grafanaMounts.contains("./grafana/provisioning:/etc/grafana/provisioning:ro"),
        grafanaMounts.toString());
    JsonNode provider =
        ShippedMonitoring.YAML.readTree(
            ShippedMonitoring.DIR.resolve("grafana/provisioning/dashboards/nwtn.yml").toFile());
    String path = provider.path("providers").get(0).path("options").path("path").asText();
    assertTrue(
        grafanaMounts.contains("./grafana/dashboards:" + path + ":ro"),
        path + " in " + grafanaMounts);
  }

  @Test
  void everyAlertComparesAnOperandWithANumber() throws IOException {
    List<ShippedMonitoring.Rule> rules = ShippedMonitoring.rules();
    assertTrue(rules.stream().filter(ShippedMonitoring.Rule::alert).count() >= 8);
    rules.forEach(ShippedMonitoring.Rule::operand);
  }

  private static JsonNode variable(JsonNode dashboard, String name) {
    for (JsonNode v : dashboard.path("templating").path("list")) {
      if (name.equals(v.path("name").asText())) {
        return v;
      }
    }
    throw new AssertionError("no variable " + name);
  }

  private static Set<String> fieldNames(JsonNode object) {
    Set<String> out = new HashSet<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }
}

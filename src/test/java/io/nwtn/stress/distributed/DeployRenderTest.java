package io.nwtn.stress.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.settings.InjectorSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes manifests as {@code kubectl kustomize deploy/k8s} renders them: the run id and the
 * injector count are set in one place (kustomization.yaml) and reach every field that needs them,
 * and each injector pod exposes its live metrics with the usual scrape annotations. Skipped, with
 * the reason, where kubectl cannot render them.
 */
class DeployRenderTest {

  static Optional<String> missing;

  @BeforeAll
  static void findKubectl() {
    missing = Kustomize.missing();
    missing.ifPresent(why -> System.out.println("DeployRenderTest skipped: " + why));
  }

  static List<JsonNode> render(Path dir) throws Exception {
    assumeTrue(missing.isEmpty(), () -> missing.get());
    List<JsonNode> docs = new ArrayList<>();
    try (var it =
        DeployManifestsTest.YAML.readerFor(JsonNode.class).readValues(Kustomize.render(dir))) {
      while (it.hasNext()) {
        docs.add((JsonNode) it.next());
      }
    }
    return docs;
  }

  static JsonNode job(List<JsonNode> docs, String component) {
    return docs.stream()
        .filter(d -> "Job".equals(d.path("kind").asText()))
        .filter(d -> component.equals(label(d, "app.kubernetes.io/component")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + component + " Job in " + docs));
  }

  static String label(JsonNode d, String key) {
    return d.path("metadata").path("labels").path(key).asText();
  }

  /** deploy/k8s copied, with the kustomization's run id and count changed. */
  static Path withRun(Path dir, String runId, int injectors) throws IOException {
    try (Stream<Path> files = Files.list(DeployManifestsTest.K8S)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Path k = dir.resolve("kustomization.yaml");
    String text = Files.readString(k);
    String changed =
        text.replaceFirst("- run-id=\\S+", "- run-id=" + runId)
            .replaceFirst("- injectors=\\d+", "- injectors=" + injectors);
    assertFalse(text.equals(changed), "the kustomization names the run id and the count");
    Files.writeString(k, changed);
    return dir;
  }

  @Test
  void theRunIdAndTheCountSetOnceReachEveryField(@TempDir Path dir) throws Exception {
    List<JsonNode> docs = render(withRun(dir, "ci-run-7", 3));
    assertEquals(2, docs.size(), "two Jobs; the values' ConfigMap is never applied");
    for (String component : List.of("injector", "merge")) {
      JsonNode job = job(docs, component);
      JsonNode c = DeployManifestsTest.container(job);
      assertTrue(job.path("metadata").path("name").asText().endsWith("-ci-run-7"), job.toString());
      assertEquals("ci-run-7", label(job, "nwtn/run-id"));
      assertEquals("ci-run-7", job.at("/spec/template/metadata/labels/nwtn~1run-id").asText());
      assertEquals("ci-run-7", DeployManifestsTest.env(c, "NWTN_RUN_ID"));
    }
    JsonNode injectors = job(docs, "injector");
    assertEquals(3, injectors.at("/spec/completions").asInt());
    assertEquals(3, injectors.at("/spec/parallelism").asInt());
    assertTrue(injectors.at("/spec/completions").isInt(), "a number, not a string");
    assertEquals(
        "3", DeployManifestsTest.env(DeployManifestsTest.container(injectors), "NWTN_INJECTORS"));
    String spread =
        injectors
            .at("/spec/template/spec/topologySpreadConstraints/0/labelSelector/matchLabels")
            .toString();
    assertTrue(spread.contains("ci-run-7"), spread);
    assertFalse(docs.toString().contains("phase1"), "no default left: " + docs);
  }

  @Test
  void theShippedRunRendersConsistently() throws Exception {
    List<JsonNode> docs = render(DeployManifestsTest.K8S);
    JsonNode injectors = job(docs, "injector");
    String runId = label(injectors, "nwtn/run-id");
    assertTrue(runId.matches(InjectorSettings.RUN_ID_PATTERN), runId);
    assertEquals(runId, label(job(docs, "merge"), "nwtn/run-id"));
    int n =
        Integer.parseInt(
            DeployManifestsTest.env(DeployManifestsTest.container(injectors), "NWTN_INJECTORS"));
    assertEquals(n, injectors.at("/spec/completions").asInt());
    assertEquals(n, injectors.at("/spec/parallelism").asInt());
  }

  @Test
  void eachInjectorPodExposesItsLiveMetricsForScraping() throws Exception {
    JsonNode pod = job(render(DeployManifestsTest.K8S), "injector").at("/spec/template");
    JsonNode annotations = pod.at("/metadata/annotations");
    // reference.conf alone: the tests themselves run with port 0
    int port =
        ConfigFactory.parseResources("reference.conf").resolve().getInt("nwtn.monitoring.port");
    assertEquals("true", annotations.path("prometheus.io/scrape").asText());
    assertEquals(String.valueOf(port), annotations.path("prometheus.io/port").asText());
    assertEquals("/metrics", annotations.path("prometheus.io/path").asText());
    JsonNode c = pod.at("/spec/containers/0");
    assertEquals(port, c.at("/ports/0/containerPort").asInt());
    assertEquals("0.0.0.0", DeployManifestsTest.env(c, "NWTN_MONITORING_HOST"));
  }
}

package io.nwtn.stress.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.nwtn.stress.settings.InjectorSettings;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The container image and Kubernetes manifests cannot run here, so this checks what would break
 * them: every YAML document parses, the Indexed Job runs as many pods as it tells each injector
 * there are, the shared volume is mounted where the suite writes, both Jobs name the same run and
 * image, and every command names a real entry point.
 */
class DeployManifestsTest {

  static final Path DEPLOY = Path.of("deploy");
  static final Path K8S = DEPLOY.resolve("k8s");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  static Stream<Path> manifests() throws IOException {
    try (Stream<Path> files = Files.list(K8S)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    try (var it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        JsonNode d = (JsonNode) it.next();
        if (d != null && !d.isNull() && !d.isEmpty()) {
          docs.add(d);
        }
      }
    }
    return docs;
  }

  static Map<String, JsonNode> byKindAndName() throws IOException {
    Map<String, JsonNode> all = new HashMap<>();
    for (Path f : manifests().toList()) {
      for (JsonNode d : documents(f)) {
        all.put(d.path("kind").asText() + "/" + d.path("metadata").path("name").asText(), d);
      }
    }
    return all;
  }

  static JsonNode job(String prefix) throws IOException {
    return byKindAndName().entrySet().stream()
        .filter(e -> e.getKey().startsWith("Job/" + prefix))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Job named " + prefix + "*"));
  }

  static JsonNode container(JsonNode workload) {
    JsonNode containers = workload.path("spec").path("template").path("spec").path("containers");
    assertEquals(1, containers.size());
    return containers.get(0);
  }

  static String env(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (name.equals(e.path("name").asText())) {
        return e.path("value").asText();
      }
    }
    throw new AssertionError("no env " + name + " in " + container.path("name"));
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void everyDocumentParsesWithApiVersionKindAndName(Path file) throws IOException {
    List<JsonNode> docs = documents(file);
    assertFalse(docs.isEmpty(), file + " has no document");
    for (JsonNode d : docs) {
      assertTrue(d.path("apiVersion").isTextual(), file + ": apiVersion");
      assertTrue(d.path("kind").isTextual(), file + ": kind");
      assertTrue(d.path("metadata").path("name").asText().matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"));
    }
  }

  @Test
  void theIndexedJobRunsAsManyPodsAsItTellsTheInjectors() throws IOException {
    JsonNode job = job("nwtn-injectors");
    JsonNode spec = job.path("spec");
    assertEquals("Indexed", spec.path("completionMode").asText());
    int injectors = Integer.parseInt(env(container(job), "NWTN_INJECTORS"));
    assertEquals(injectors, spec.path("completions").asInt());
    assertEquals(injectors, spec.path("parallelism").asInt());
    assertEquals(0, spec.path("backoffLimit").asInt(), "a retried injector sends its share twice");
    assertEquals("Never", spec.path("template").path("spec").path("restartPolicy").asText());
    assertEquals("injector", container(job).path("args").get(0).asText());
  }

  @Test
  void bothJobsWriteAndReadTheSharedVolumeWhereTheSuiteWrites() throws IOException {
    Map<String, JsonNode> all = byKindAndName();
    JsonNode pvc =
        all.values().stream()
            .filter(d -> "PersistentVolumeClaim".equals(d.path("kind").asText()))
            .findFirst()
            .orElseThrow();
    assertTrue(pvc.path("spec").path("accessModes").toString().contains("ReadWriteMany"));
    for (JsonNode job : List.of(job("nwtn-injectors"), job("nwtn-merge"))) {
      JsonNode pod = job.path("spec").path("template").path("spec");
      Map<String, String> claims = new HashMap<>();
      pod.path("volumes")
          .forEach(
              v ->
                  claims.put(
                      v.path("name").asText(),
                      v.path("persistentVolumeClaim").path("claimName").asText()));
      JsonNode c = container(job);
      assertEquals(1, c.path("volumeMounts").size());
      JsonNode mount = c.path("volumeMounts").get(0);
      assertEquals(
          pvc.path("metadata").path("name").asText(), claims.get(mount.path("name").asText()));
      assertEquals(mount.path("mountPath").asText(), env(c, "NWTN_OUTPUT_DIR"));
    }
  }

  @Test
  void bothJobsNameOneRunAndOneImage() throws IOException {
    JsonNode injectors = job("nwtn-injectors");
    JsonNode merge = job("nwtn-merge");
    String runId = env(container(injectors), "NWTN_RUN_ID");
    assertTrue(runId.matches(InjectorSettings.RUN_ID_PATTERN), runId);
    assertEquals(runId, env(container(merge), "NWTN_RUN_ID"));
    for (JsonNode job : List.of(injectors, merge)) {
      assertEquals(runId, job.path("metadata").path("labels").path("nwtn/run-id").asText());
      assertTrue(job.path("metadata").path("name").asText().endsWith(runId));
    }
    assertEquals(container(injectors).path("image"), container(merge).path("image"));
    assertFalse(container(injectors).path("image").asText().endsWith(":latest"));
  }

  @Test
  void everyCommandNamesARealEntryPoint() throws Exception {
    String script = Files.readString(DEPLOY.resolve("nwtn.sh"));
    Set<String> commands = new HashSet<>();
    Matcher m = Pattern.compile("(?m)^  ([a-z]+)\\)$").matcher(script);
    while (m.find()) {
      commands.add(m.group(1));
    }
    assertEquals(Set.of("injector", "merge", "reference", "report"), commands);
    for (JsonNode d : byKindAndName().values()) {
      JsonNode pod = d.path("spec").path("template").path("spec");
      for (JsonNode c : pod.path("containers")) {
        assertTrue(commands.contains(c.path("args").get(0).asText()), c.toString());
      }
    }
    Matcher classes =
        Pattern.compile("\\b(io\\.nwtn\\.stress\\.[\\w.]+(?:Main|Launcher))\\b").matcher(script);
    int found = 0;
    while (classes.find()) {
      Class<?> main = Class.forName(classes.group(1));
      assertTrue(Modifier.isStatic(main.getMethod("main", String[].class).getModifiers()));
      found++;
    }
    assertEquals(4, found, "the injector, merge, reference and report entry points");
  }

  @Test
  void theImageBuildsTheSuiteWithPinnedBasesAndUsesTheSameEntryPoint() throws IOException {
    String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
    Matcher from = Pattern.compile("(?m)^FROM (\\S+)").matcher(dockerfile);
    int bases = 0;
    while (from.find()) {
      assertTrue(from.group(1).matches("[\\w./-]+:[\\w.-]+") && !from.group(1).endsWith(":latest"));
      bases++;
    }
    assertEquals(2, bases);
    // the script finds the batch commands' and the reference orchestrator's JVM options beside
    // itself
    assertTrue(
        dockerfile.contains(
            "COPY deploy/nwtn.sh deploy/report.jvm deploy/reference.jvm /app/bin/"));
    String script = Files.readString(DEPLOY.resolve("nwtn.sh"));
    for (String options : new String[] {"report.jvm", "reference.jvm"}) {
      assertTrue(script.contains("@$(dirname \"$0\")/" + options), options);
      assertTrue(Files.isRegularFile(DEPLOY.resolve(options)), options);
    }
    assertTrue(dockerfile.contains("ENTRYPOINT [\"/app/bin/nwtn.sh\"]"));
    assertTrue(dockerfile.contains("NWTN_OUTPUT_DIR=/results"));
    String local = Files.readString(DEPLOY.resolve("local-distributed.sh"));
    assertTrue(local.contains("nwtn.sh\" injector") && local.contains("nwtn.sh\" merge"));
    assertTrue(Files.readString(Path.of("Makefile")).contains("nwtn-stress-distributed:"));
  }
}

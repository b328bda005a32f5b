package simulations.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.testing.ReportSchemas;
import io.nwtn.stress.testing.SlowTest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short runs against the reference orchestrator, which serves its own {@code /metrics}: the report
 * has the target's CPU and memory; pointed at a path the target does not serve, the run says so
 * once, in one line, and goes on.
 */
@SlowTest
class TargetMetricsRunTest {

  @TempDir Path dir;

  record Console(ShortRun run, String out) {}

  static Console run(Path dir, Map<String, String> extra) throws Exception {
    ReferenceSettings settings =
        ReferenceSettings.fromConfig(
            ConfigFactory.parseString(
                    "nwtn.reference.auth.token = \"\"\nnwtn.reference.faults.latency-factor = 0.1")
                .withFallback(ConfigFactory.defaultReference())
                .resolve());
    PrintStream original = System.out;
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new Tee(original, copy), true, StandardCharsets.UTF_8));
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      Map<String, String> props = new java.util.HashMap<>(extra);
      props.replaceAll((k, v) -> v.replace("${base}", server.baseUri().toString()));
      ShortRun run = ShortRun.of(dir, server.baseUri().toString(), props);
      return new Console(run, copy.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }

  @AfterAll
  static void close() {
    LiveMonitor.closeCurrent();
  }

  @Test
  void aTargetWithMetricsHasItsCpuAndMemoryReported() throws Exception {
    Console c = run(dir, Map.of("nwtn.target.memory-limit", "4GiB"));
    JsonNode t = c.run().results().get("target_metrics");
    assertTrue(
        c.out().contains("NWTN target metrics: " + t.get("source").asText() + " (jvm 17"), c.out());
    assertTrue(t.get("source").asText().endsWith("/metrics"), t.toString());
    assertTrue(t.get("samples").asInt() >= 3, "once a second over a 5 s load: " + t);
    assertTrue(t.get("max_cpu_percent").asDouble() > 0, t.toString());
    assertTrue(t.get("avg_cpu_percent").asDouble() > 0, t.toString());
    assertTrue(t.get("max_resident_memory_bytes").asLong() > 1 << 20, t.toString());
    assertTrue(t.get("max_open_fds").asLong() > 0, t.toString());
    assertEquals("nwtn.target.memory-limit", t.get("memory_limit_source").asText());
    assertEquals(4L << 30, t.get("memory_limit_bytes").asLong());
    JsonNode timeline =
        new ObjectMapper().readTree(c.run().reports().resolve(ReportFiles.TIMELINE).toFile());
    long withTarget = 0;
    for (JsonNode s : timeline.get("seconds")) {
      if (s.path("target_cpu_percent").isNumber()) {
        withTarget++;
      }
    }
    assertTrue(withTarget >= 2, "the target's CPU in the timeline: " + timeline);
    ReportSchemas.assertValidFolder(c.run().reports(), 3);
  }

  @Test
  void aTargetWithoutMetricsIsSaidOnceAndTheRunGoesOn() throws Exception {
    Console c = run(dir, Map.of("nwtn.target.metrics-url", "${base}/no-metrics-here"));
    long lines =
        Arrays.stream(c.out().split("\n")).filter(l -> l.startsWith("NWTN target metrics")).count();
    assertEquals(1, lines, c.out());
    assertTrue(c.out().contains("NWTN target metrics: none at http://127.0.0.1:"), c.out());
    assertTrue(c.out().contains("/no-metrics-here: answered 404; the run goes on"), c.out());
    JsonNode t = c.run().results().get("target_metrics");
    assertEquals("none", t.get("source").asText());
    assertTrue(t.get("detail").asText().endsWith("answered 404"), t.toString());
    assertEquals(0, t.get("samples").asInt());
    assertNull(t.get("max_cpu_percent").numberValue());
    assertEquals(0, c.run().gatlingExit());
    assertTrue(c.run().results().get("total_requests").asLong() > 0);
  }

  /** Writes to the console and keeps a copy. */
  static final class Tee extends OutputStream {
    private final OutputStream a;
    private final OutputStream b;

    Tee(OutputStream a, OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public synchronized void write(int x) throws java.io.IOException {
      a.write(x);
      b.write(x);
    }

    @Override
    public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
      a.write(buf, off, len);
      b.write(buf, off, len);
    }
  }
}

package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text format as Prometheus client libraries really write it: the Java client's own output,
 * written here by the version in the pom, and a sample of Python's prometheus_client 0.16 (Debian's
 * python3-prometheus-client), with its process and python collectors and an escaped label value.
 */
class PrometheusTextTest {

  static final Path PYTHON =
      Path.of("src/test/resources/fixtures/target-metrics/python-prometheus-client-0.16.txt");

  static String javaClientOutput() throws IOException {
    PrometheusRegistry registry = new PrometheusRegistry();
    JvmMetrics.builder().register(registry);
    Counter c =
        Counter.builder()
            .name("prsm_sessions_total")
            .help("Session requests")
            .labelNames("path")
            .register(registry);
    c.labelValues("a \"quoted\", {braced} path\\n").inc(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrometheusTextFormatWriter.create().write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theJavaClientsProcessAndJvmMetricsAreRead() throws IOException {
    List<PrometheusText.Sample> samples = PrometheusText.parse(javaClientOutput());
    Sidecar.TargetSample t = TargetMetricsReading.of(42, samples);

    assertEquals(42, t.epochMs());
    assertTrue(t.cpuSeconds() > 0, "process_cpu_seconds_total: " + t);
    assertTrue(t.residentBytes() > 1 << 20, "process_resident_memory_bytes: " + t);
    assertTrue(t.openFds() > 0, "process_open_fds: " + t);
    assertTrue(t.heapUsedBytes() > 0 && t.heapMaxBytes() >= t.heapUsedBytes(), t.toString());
    assertNotNull(t.gcCollections(), "jvm_gc_collection_seconds_count");
    assertTrue(TargetMetricsReading.runtime(samples).startsWith("jvm 17"), samples.toString());
  }

  @Test
  void anEscapedLabelValueIsReadBackAsWritten() throws IOException {
    PrometheusText.Sample s =
        PrometheusText.parse(javaClientOutput()).stream()
            .filter(x -> x.name().equals("prsm_sessions_total"))
            .findFirst()
            .orElseThrow();
    assertEquals(Map.of("path", "a \"quoted\", {braced} path\\n"), s.labels());
    assertEquals(2.0, s.value());
  }

  @Test
  void pythonsPrometheusClientIsRead() throws IOException {
    List<PrometheusText.Sample> samples = PrometheusText.parse(Files.readString(PYTHON));
    Sidecar.TargetSample t = TargetMetricsReading.of(0, samples);

    assertEquals(0.09000000000000001, t.cpuSeconds());
    assertEquals(22_454_272L, t.residentBytes());
    assertEquals(6L, t.openFds());
    assertNull(t.heapUsedBytes(), "no JVM");
    assertEquals(41L, t.gcCollections(), "python_gc_collections_total over the generations");
    assertEquals("CPython 3.11.2", TargetMetricsReading.runtime(samples));
    PrometheusText.Sample escaped =
        samples.stream()
            .filter(x -> x.name().equals("prsm_sessions_total"))
            .filter(x -> x.labels().get("status").equals("503"))
            .findFirst()
            .orElseThrow();
    assertEquals("a \"quoted\", {braced} path\\n", escaped.labels().get("path"));
  }

  @Test
  void specialValuesTimestampsAndBrokenLines() {
    List<PrometheusText.Sample> s =
        PrometheusText.parse(
            String.join(
                "\n",
                "# EOF",
                "a_nan NaN",
                "a_inf{le=\"+Inf\"} +Inf 1712345678000",
                "a_neg -Inf",
                "a_exp 1.79615409885e+09",
                "broken{le=\"0.5\" 3",
                "no_value",
                "9starts_with_a_digit 1",
                ""));
    assertEquals(
        List.of("a_nan", "a_inf", "a_neg", "a_exp"), s.stream().map(x -> x.name()).toList());
    assertTrue(Double.isNaN(s.get(0).value()));
    assertEquals(Double.POSITIVE_INFINITY, s.get(1).value());
    assertEquals(Map.of("le", "+Inf"), s.get(1).labels());
    assertEquals(1.79615409885e9, s.get(3).value());
  }

  @Test
  void readingOnlySomeMetricsGivesTheirSamplesAsAFullReadDoes() throws IOException {
    for (String text : List.of(javaClientOutput(), Files.readString(PYTHON))) {
      List<PrometheusText.Sample> all = PrometheusText.parse(text);
      List<PrometheusText.Sample> some = PrometheusText.parse(text, TargetMetricsReading.METRICS);

      assertEquals(
          all.stream().filter(x -> TargetMetricsReading.METRICS.contains(x.name())).toList(), some);
      assertTrue(some.size() >= 3 && some.size() < all.size(), some.toString());
      assertEquals(TargetMetricsReading.of(7, all), TargetMetricsReading.of(7, some));
    }
    List<PrometheusText.Sample> edges =
        PrometheusText.parse(
            String.join(
                "\n",
                "# HELP process_open_fds Number of open file descriptors.",
                "  process_open_fds 12",
                "process_open_fds_total 5",
                "process_open_fd 4",
                "process_open_fds{broken=\"x\" 3",
                "process_open_fds 13\r"),
            java.util.Set.of("process_open_fds"));
    assertEquals(List.of(12.0, 13.0), edges.stream().map(x -> x.value()).toList());
  }
}

package io.nwtn.stress.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.recording.SampleSink;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoint on port 0, fed through its sink, scraped over real HTTP. */
class LiveMonitorTest {

  final ByteArrayOutputStream console = new ByteArrayOutputStream();
  final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

  @AfterEach
  void close() {
    LiveMonitor.closeCurrent();
  }

  static SuiteSettings settings(String... keyValues) {
    Properties p = new Properties();
    p.setProperty("nwtn.monitoring.port", "0");
    p.setProperty("nwtn.run-id", "test-run");
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return SuiteSettings.load(p, Map.of(), Path.of("no-profiles"));
  }

  @Test
  void servesTheRunsMetricsInThePrometheusTextFormat() throws Exception {
    LiveMonitor monitor = LiveMonitor.start(settings(), out);
    URI url = monitor.url().orElseThrow();
    assertTrue(console.toString().contains("NWTN live metrics: " + url), console.toString());
    SampleSink sink = monitor.sink();
    long t = System.currentTimeMillis();
    sink.userStarted(t);
    sink.accept(Samples.ok(QueryClass.SIMPLE, t, 300, 0.1));
    sink.accept(Samples.ok(QueryClass.MEDIUM, t, 2_500, 0.2));
    sink.accept(new SessionSample(QueryClass.SIMPLE, t, t + 5, 503, "overloaded", null, null));
    sink.accept(new SessionSample(QueryClass.COMPLEX, t, t + 1000, 0, "timeout", null, null));
    sink.injectedRequest(InjectedRequest.MALFORMED_JSON, true, 3, null);

    Scrape s = Scrape.of(url);
    assertEquals(4, s.sum("nwtn_requests_total", "run_id=\"test-run\""), s.text());
    assertEquals(2, s.sum("nwtn_requests_total", "outcome=\"ok\""));
    assertEquals(
        Map.of("http_503_overloaded", 1.0, "timeout", 1.0),
        s.byLabel("nwtn_failures_total", "category"));
    assertEquals(1, s.sum("nwtn_injected_requests_total", "outcome=\"ok\""));
    assertEquals(1, s.sum("nwtn_active_users"));
    // the P95 limit (2 s) and each class's target time are bucket bounds
    assertEquals(3, s.sum("nwtn_request_duration_seconds_bucket", "le=\"2.0\""));
    assertEquals(1, s.sum("nwtn_request_duration_seconds_bucket", "le=\"5.0\"", "medium"));
    assertEquals(2, s.sum("nwtn_agent_execution_seconds_count", "agent=\"architect\""));
    assertEquals(0.2 + 0.4, s.sum("nwtn_ftns_charged_total"), 1e-9);
    assertEquals(60, s.sum("nwtn_context_used_total"));
    assertTrue(s.sum("jvm_memory_used_bytes") > 0, "the JVM's own metrics");
    assertTrue(s.sum("process_cpu_seconds_total") > 0, "the process's metrics");
  }

  @Test
  void aBusyPortLeavesTheRunWithoutTheEndpointAfterOneLine() throws IOException {
    try (ServerSocket busy = new ServerSocket(0)) {
      LiveMonitor monitor =
          LiveMonitor.start(settings("nwtn.monitoring.port", "" + busy.getLocalPort()), out);
      assertTrue(monitor.url().isEmpty());
      String lines = console.toString().strip();
      assertEquals(1, lines.lines().count(), lines);
      assertTrue(lines.contains("the run goes on without them"), lines);
      monitor.sink().accept(Samples.ok(QueryClass.SIMPLE, 0, 10, 0.1));
    }
  }

  @Test
  void theNextRunFreesThePortOfThePreviousOne() throws Exception {
    LiveMonitor first = LiveMonitor.start(settings(), out);
    int port = first.url().orElseThrow().getPort();
    LiveMonitor second = LiveMonitor.start(settings("nwtn.monitoring.port", "" + port), out);
    assertEquals(port, second.url().orElseThrow().getPort());
    assertEquals(second, LiveMonitor.current().orElseThrow());
    second.close();
    assertTrue(LiveMonitor.current().isEmpty());
    assertThrows(IOException.class, () -> Scrape.of(second.url().orElseThrow()));
  }

  @Test
  void disabledServesNothing() {
    LiveMonitor monitor = LiveMonitor.start(settings("nwtn.monitoring.enabled", "false"), out);
    assertFalse(monitor.url().isPresent());
    assertEquals("", console.toString());
  }

  @Test
  void anInjectorIsLabelledWithItsIndex() throws Exception {
    LiveMonitor monitor =
        LiveMonitor.start(
            settings(
                "nwtn.injector.count", "2", "nwtn.injector.index", "1", "nwtn.load.users", "4"),
            out);
    Scrape s = Scrape.of(monitor.url().orElseThrow());
    assertTrue(
        s.text().contains("run_id=\"test-run\"") && s.text().contains("injector=\"1\""), s.text());
  }
}

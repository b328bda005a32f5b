package io.nwtn.stress.monitoring;

import io.nwtn.stress.settings.MonitoringSettings;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;

/**
 * The run's {@code /metrics} in the Prometheus text format, served by the Prometheus client's own
 * HTTP server on its daemon threads. A port that cannot be bound leaves the run without the
 * endpoint after one warning line: watching a run must never stop it.
 */
final class MetricsEndpoint implements AutoCloseable {

  private final HTTPServer server;
  private final URI url;

  private MetricsEndpoint(HTTPServer server, String host) {
    this.server = server;
    String shown = host.contains(":") ? "[" + host + "]" : host;
    this.url = URI.create("http://" + shown + ":" + server.getPort() + "/metrics");
  }

  /** The endpoint, or {@code null} (after a warning on {@code out}) when it cannot be served. */
  static MetricsEndpoint start(MonitoringSettings settings, LiveMetrics metrics, PrintStream out) {
    try {
      HTTPServer server =
          HTTPServer.builder()
              .hostname(settings.host())
              .port(settings.port())
              .registry(metrics.registry)
              .buildAndStart();
      MetricsEndpoint endpoint = new MetricsEndpoint(server, settings.host());
      out.println("NWTN live metrics: " + endpoint.url());
      return endpoint;
    } catch (IOException | RuntimeException e) {
      out.println(
          "NWTN live metrics: cannot serve on "
              + settings.host()
              + ":"
              + settings.port()
              + " ("
              + e.getMessage()
              + "); the run goes on without them (-Dnwtn.monitoring.port=0 picks a free port)");
      return null;
    }
  }

  URI url() {
    return url;
  }

  @Override
  public void close() {
    server.close();
  }
}

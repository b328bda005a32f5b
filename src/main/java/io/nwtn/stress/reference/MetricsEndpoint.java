package io.nwtn.stress.reference;

import io.netty.channel.ChannelHandlerContext;
import io.nwtn.stress.jvm.JvmMetricSet;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * {@code GET /metrics}: the server's own metrics in the Prometheus text format, as a real
 * orchestrator instrumented with a Prometheus client library serves them, so a run against the
 * reference orchestrator shows the target's side too. The process and JVM metrics are the official
 * client's standard collectors; the server's are read from its state when scraped, never counted
 * twice; the library writes the text.
 */
final class MetricsEndpoint {

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  MetricsEndpoint(ServerState state) {
    JvmMetricSet.register(registry);
    gauge(
        "nwtn_reference_pipelines_running",
        "Pipelines running (admitted, not yet answered)",
        state.admission::running);
    gauge(
        "nwtn_reference_pipelines_queued", "Pipelines waiting for a slot", state.admission::queued);
    gauge(
        "nwtn_reference_requests_in_flight",
        "Session requests admitted and not yet answered, hung ones until their connection closes",
        state.inFlight::get);
    breakerState(state.breaker);
    counter(
        "nwtn_reference_circuit_breaker_activations_total",
        "Transitions of the circuit breaker to open since start",
        state.breaker::activations);
    counter(
        "nwtn_reference_session_requests_total",
        "POST /api/v1/sessions requests received since start, authorised or not",
        state.sessionRequests::sum);
  }

  private void breakerState(CircuitBreaker breaker) {
    GaugeWithCallback.builder()
        .name("nwtn_reference_circuit_breaker_state")
        .help("The circuit breaker's state: 1 for the current one")
        .labelNames("state")
        .callback(
            cb -> {
              CircuitBreaker.State now = breaker.state();
              for (CircuitBreaker.State s : CircuitBreaker.State.values()) {
                cb.call(s == now ? 1 : 0, s.wireName());
              }
            })
        .register(registry);
  }

  void handle(ChannelHandlerContext ctx, boolean keepAlive) {
    ByteArrayOutputStream body = new ByteArrayOutputStream(16_384);
    try {
      writer.write(body, registry.scrape());
    } catch (IOException e) {
      // a ByteArrayOutputStream never fails; the library's signature says it may
      throw new java.io.UncheckedIOException(e);
    }
    HttpReplies.send(ctx, keepAlive, 200, writer.getContentType(), body.toByteArray(), Map.of());
  }

  private void gauge(String name, String help, DoubleSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(value.getAsDouble()))
        .register(registry);
  }

  private void counter(String name, String help, DoubleSupplier value) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(value.getAsDouble()))
        .register(registry);
  }
}

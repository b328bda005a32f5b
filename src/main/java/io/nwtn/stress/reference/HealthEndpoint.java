package io.nwtn.stress.reference;

import io.netty.channel.ChannelHandlerContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}: status, version, the breaker's state and activations, uptime, and the server
 * JVM's resources so a report can sample the target. {@code 503} during an outage.
 */
final class HealthEndpoint {

  private final ServerState state;
  private final CpuLoad cpuLoad = CpuLoad.ofThisJvm();

  HealthEndpoint(ServerState state) {
    this.state = state;
  }

  void handle(ChannelHandlerContext ctx, boolean keepAlive) {
    boolean down = state.faults.outageNow();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", down ? "unavailable" : "healthy");
    body.put("version", state.settings.version());
    body.put("implementation", ReferenceOrchestrator.IMPLEMENTATION);
    body.put(
        "circuit_breaker",
        Map.of(
            "state", state.breaker.state().wireName(),
            "activations", state.breaker.activations()));
    body.put("uptime_seconds", state.uptimeSeconds());
    body.put("resources", resources());
    HttpReplies.json(ctx, keepAlive, down ? 503 : 200, body);
  }

  private Map<String, Object> resources() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    Map<String, Object> resources = new LinkedHashMap<>();
    // negative when the JVM cannot tell yet; the report treats it as unknown
    resources.put("process_cpu_load", cpuLoad.get());
    resources.put("heap_used_bytes", heap.getUsed());
    resources.put("heap_max_bytes", heap.getMax());
    resources.put("requests_in_flight", state.inFlight.get());
    resources.put("pipelines_running", state.admission.running());
    resources.put("pipelines_queued", state.admission.queued());
    return resources;
  }
}

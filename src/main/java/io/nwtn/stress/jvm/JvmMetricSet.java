package io.nwtn.stress.jvm;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.instrumentation.jvm.JvmBufferPoolMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmClassLoadingMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmCompilationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmGarbageCollectorMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmMemoryPoolAllocationMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmNativeMemoryMetrics;
import io.prometheus.metrics.instrumentation.jvm.JvmRuntimeInfoMetric;
import io.prometheus.metrics.instrumentation.jvm.JvmThreadsMetrics;
import io.prometheus.metrics.instrumentation.jvm.ProcessMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.lang.management.ManagementFactory;

/**
 * The JVM's own metrics for a Prometheus registry, the same set for the live endpoint of a run and
 * for the reference orchestrator's {@code /metrics}.
 */
public final class JvmMetricSet {

  private JvmMetricSet() {}

  /**
   * The Prometheus client's JVM and process metrics, as {@code JvmMetrics.builder().register}
   * registers them, except that the native-memory ones are registered only when the JVM tracks its
   * native memory ({@code -XX:NativeMemoryTracking}): without it they report nothing, and finding
   * that out starts the platform MBean server, some 0.2 s of a fresh JVM.
   */
  public static void register(PrometheusRegistry registry) {
    PrometheusProperties config = PrometheusProperties.get();
    JvmThreadsMetrics.builder(config).register(registry);
    JvmBufferPoolMetrics.builder(config).register(registry);
    JvmClassLoadingMetrics.builder(config).register(registry);
    JvmCompilationMetrics.builder(config).register(registry);
    JvmGarbageCollectorMetrics.builder(config).register(registry);
    JvmMemoryPoolAllocationMetrics.builder(config).register(registry);
    JvmMemoryMetrics.builder(config).register(registry);
    if (tracksNativeMemory()) {
      JvmNativeMemoryMetrics.builder(config).register(registry);
    }
    JvmRuntimeInfoMetric.builder(config).register(registry);
    ProcessMetrics.builder(config).register(registry);
  }

  private static boolean tracksNativeMemory() {
    try {
      String nmt =
          ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
              .getVMOption("NativeMemoryTracking")
              .getValue();
      return !"off".equals(nmt);
    } catch (RuntimeException e) {
      // not HotSpot: no such tracking either
      return false;
    }
  }
}

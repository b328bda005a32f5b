package io.nwtn.stress.monitoring;

import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.RunRecorder;
import io.nwtn.stress.recording.SampleSink;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.AbortSettings;
import io.nwtn.stress.settings.InjectorSettings;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.MonitoringSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.verdict.Compliance;
import io.prometheus.metrics.model.snapshots.Labels;
import java.io.PrintStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run watched live: the Prometheus endpoint ({@link MetricsEndpoint}), the sink that feeds it
 * ({@link LiveSink}), and once a second on a daemon thread of its own the gauges, the verdict so
 * far, abort-on-fail ({@link AbortRule}) and the progress line ({@link ProgressLine}). Nothing here
 * can fail or slow the run: Gatling's threads only update lock-free metrics, and every error of the
 * monitor's own thread is dropped after one line.
 *
 * <p>The endpoint outlives the run's end, so its final figures can still be read (by a test, after
 * a run in its JVM): it is closed by {@link #close}, by the next run started in the same JVM, or
 * with the JVM.
 */
public final class LiveMonitor implements AutoCloseable {

  // the one port a JVM's runs share: the next run frees it before binding its own
  private static final AtomicReference<LiveMonitor> CURRENT = new AtomicReference<>();

  private final LiveMetrics metrics;
  private final LiveSink sink;
  private final MetricsEndpoint endpoint;
  private final MonitoringSettings settings;
  private final PrintStream out;
  private ScheduledExecutorService ticker;
  private LiveRun run;

  private LiveMonitor(
      LiveMetrics metrics, long rampUpMs, MonitoringSettings settings, PrintStream out) {
    this.metrics = metrics;
    this.sink = new LiveSink(metrics, rampUpMs);
    this.settings = settings;
    this.out = out;
    this.endpoint = settings.enabled() ? MetricsEndpoint.start(settings, metrics, out) : null;
  }

  /**
   * Starts the endpoint of a run against {@code suite}, after closing the previous run's in this
   * JVM, and prints its URL.
   *
   * @throws io.nwtn.stress.settings.SettingsException for a wrong {@code nwtn.monitoring} setting
   */
  public static LiveMonitor start(SuiteSettings suite, PrintStream out) {
    MonitoringSettings settings = MonitoringSettings.fromConfig(suite.config());
    InjectorSettings injector = InjectorSettings.fromConfig(suite.config());
    Labels labels = Labels.of("run_id", injector.runId());
    if (injector.distributed()) {
      labels = labels.merge(Labels.of("injector", String.valueOf(injector.index())));
    }
    closeCurrent();
    LiveMonitor monitor =
        new LiveMonitor(
            new LiveMetrics(labels, Limits.of(suite)),
            suite.workload().rampUp().toMillis(),
            settings,
            out);
    monitor.phase("starting", suite.workload().profile());
    CURRENT.set(monitor);
    return monitor;
  }

  /** The monitor of the latest run in this JVM, until it is closed. */
  public static Optional<LiveMonitor> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Closes the latest run's endpoint in this JVM, if one is open. */
  public static void closeCurrent() {
    LiveMonitor previous = CURRENT.getAndSet(null);
    if (previous != null) {
      previous.close();
    }
  }

  /** What the simulation sends here: beside the sidecar's recorder. */
  public SampleSink sink() {
    return sink;
  }

  /** The endpoint's address, when it is served. */
  public Optional<URI> url() {
    return endpoint == null ? Optional.empty() : Optional.of(endpoint.url());
  }

  /** Labels the run with its phase, for a run without samples (the agent validation). */
  public void phase(String phase, String profile) {
    metrics.runInfo.setLabelValues(phase, profile);
  }

  /**
   * Shows a capacity search's current level: its users, and {@code phase} (e.g. {@code capacity
   * level 3}) as the run's phase.
   */
  public void level(int users, String phase) {
    metrics.capacityLevel.set(users);
    metrics.runInfo.setLabelValues(phase, "capacity");
  }

  /** Follows a stress run recorded by {@code recorder}: a tick every second until it ends. */
  public synchronized void follow(SuiteSettings suite, AbortSettings abort, RunRecorder recorder) {
    Limits limits = Limits.of(suite);
    run =
        new LiveRun(
            sink,
            metrics,
            limits,
            new AbortRule(abort, limits),
            recorder,
            new LiveRun.RunShape(
                suite.workload().users(), suite.workload().profile(), settings.progressInterval()),
            out::println);
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "nwtn-live-monitor");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  /** The load is over: a last update of the gauges; the endpoint stays up until closed. */
  public synchronized Optional<Compliance> runEnded() {
    if (ticker == null) {
      return Optional.empty();
    }
    ticker.shutdownNow();
    ticker = null;
    tick();
    run.ended();
    return run.verdict();
  }

  private synchronized void tick() {
    if (run == null) {
      return;
    }
    try {
      run.tick(System.currentTimeMillis()).ifPresent(this::stopEarly);
    } catch (RuntimeException e) {
      // a failed tick leaves the gauges as they were; the run and its reports go on
      out.println("NWTN live metrics: one update failed (" + e + ")");
    }
  }

  private void stopEarly(Sidecar.EarlyStop stop) {
    if (Recording.stoppingEarly()) {
      return;
    }
    Recording.stopEarly(stop);
    out.println("NWTN abort-on-fail: " + stop.reason() + "; stopping the load");
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    if (endpoint != null) {
      endpoint.close();
    }
    CURRENT.compareAndSet(this, null);
  }
}

package io.nwtn.stress.launch;

import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.recording.HealthProbe;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.ResourceMonitor;
import io.nwtn.stress.recording.SampleRecorder;
import io.nwtn.stress.recording.SampleSink;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.report.PostProcessor;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SuiteSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The report's part of a stress run, wired by the simulation: {@link #begin} in {@code before()}
 * installs the sidecar recorder, reads {@code /health} and starts the resource samples; {@link
 * #end} in {@code after()} stops them, reads {@code /health} again (call it before an embedded
 * target is stopped) and writes the sidecar into the run folder. When Gatling's own {@code main}
 * runs the JVM (as under {@code mvn gatling:test}), a shutdown hook then writes the reports after
 * Gatling has written its HTML report and closed {@code simulation.log}; the JVM then exits with
 * the verdict's code (see {@link ExitStatus}): 1 when FAILED, and 0 when PASSED even if Gatling's
 * own assertions, judged on its t-digest percentiles, failed. Without Gatling's HTML report (a
 * crashed run) a PASSED verdict leaves Gatling's exit code in place. Elsewhere (Gatling run
 * in-process) the caller runs {@link PostProcessor} on the run folder itself.
 */
public final class StressRun {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  private final ReportSettings settings;
  private final Limits limits;
  private final Map<String, Object> testConfig;
  private final SampleRecorder recorder = new SampleRecorder();
  private final SampleSink previous = Recording.sink();
  private final HealthProbe probe;
  private final ResourceMonitor monitor;
  private final Sidecar.HealthSnapshot healthBefore;
  private final long startEpochMs;
  private final Path results;
  private Path runFolder;
  private boolean ended;

  private StressRun(SuiteSettings suite, ReportSettings settings, Path results) {
    this.settings = settings;
    this.results = results;
    this.limits = Limits.of(suite);
    this.testConfig = testConfig(suite);
    this.probe = new HealthProbe(suite.target().url(), HEALTH_TIMEOUT);
    this.healthBefore = probe.sample();
    this.startEpochMs = System.currentTimeMillis();
    this.monitor = new ResourceMonitor(probe, settings.sampleInterval());
  }

  /** Starts recording a run against {@code suite}'s target. */
  public static StressRun begin(SuiteSettings suite) {
    ReportSettings settings = RunConsole.orStop(() -> ReportSettings.fromConfig(suite.config()));
    GatlingProcess gatling = GatlingProcess.current();
    StressRun run =
        new StressRun(suite, settings, gatling.resultsFolder().orElse(settings.gatlingResults()));
    SampleSink earlier = run.previous;
    // a sink installed before (e.g. by a test) keeps receiving every sample
    Recording.install(
        earlier == SampleSink.NONE
            ? run.recorder
            : sample -> {
              run.recorder.accept(sample);
              earlier.accept(sample);
            });
    if (gatling.isGatlingMain()) {
      ExitStatus.decideOnExit("nwtn-report", run::finish);
    }
    return run;
  }

  /**
   * Ends the recording and writes the sidecar into the run folder; call once the load is over and
   * before the target is stopped.
   */
  public synchronized void end() {
    if (ended) {
      return;
    }
    ended = true;
    long endEpochMs = System.currentTimeMillis();
    Recording.install(previous);
    monitor.close();
    Sidecar.HealthSnapshot healthAfter = probe.sample();
    Optional<Path> folder = GatlingProcess.currentRun(results);
    if (folder.isEmpty()) {
      System.err.println(
          "nwtn report: no Gatling run folder under " + results + "; no sidecar written");
      return;
    }
    try {
      SidecarFile.write(
          folder.get(),
          recorder.snapshot(
              startEpochMs,
              endEpochMs,
              limits,
              testConfig,
              healthBefore,
              healthAfter,
              monitor.samples()));
      runFolder = folder.get();
    } catch (IOException e) {
      System.err.println(
          "nwtn report: cannot write the sidecar into " + folder.get() + ": " + e.getMessage());
    }
  }

  /** The run folder the sidecar went to, once {@link #end} wrote it. */
  public synchronized Optional<Path> runFolder() {
    return Optional.ofNullable(runFolder);
  }

  /** Runs in the shutdown hook: the reports and the verdict; returns the exit code. */
  private int finish() {
    boolean stoppedEarly;
    synchronized (this) {
      // after() ends the recording of a run that reached its end; else the JVM is going down early
      stoppedEarly = !ended;
    }
    end();
    Optional<Path> folder = runFolder().or(() -> GatlingProcess.currentRun(results));
    if (folder.isEmpty()) {
      System.err.println(
          "nwtn report: no Gatling run folder with a simulation.log under "
              + results
              + "; no reports were written");
      return ExitStatus.ERROR;
    }
    if (stoppedEarly) {
      markStopped(folder.get());
    }
    int code =
        new PostProcessor(settings, System.out, System.err).process(folder.get(), () -> limits);
    if (code == ExitStatus.OK && Files.isRegularFile(folder.get().resolve("index.html"))) {
      // the verdict, not Gatling's t-digest assertions, decides a run whose report was written
      System.out.flush();
      Runtime.getRuntime().halt(ExitStatus.OK);
    }
    return code;
  }

  private static void markStopped(Path folder) {
    try {
      Completeness.mark(
          folder,
          "the run was stopped before its end (interrupted at "
              + Instant.now()
              + "); only what ran before is reported");
    } catch (IOException e) {
      System.err.println(
          "nwtn report: cannot mark " + folder + " as stopped early: " + e.getMessage());
    }
  }

  private static Map<String, Object> testConfig(SuiteSettings suite) {
    LoadSettings load = suite.workload();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("profile", load.profile());
    c.put("target_url", withoutUserInfo(suite.target().url()));
    c.put("users", load.users());
    c.put("ramp_up_seconds", load.rampUp().toMillis() / 1000.0);
    c.put("steady_seconds", load.steady().toMillis() / 1000.0);
    c.put("ramp_down_seconds", load.rampDown().toMillis() / 1000.0);
    c.put("think_time_min_seconds", load.thinkTimeMin().toMillis() / 1000.0);
    c.put("think_time_max_seconds", load.thinkTimeMax().toMillis() / 1000.0);
    c.put("model", load.model().toString());
    Map<String, Integer> weights = new LinkedHashMap<>();
    load.weights().forEach((k, v) -> weights.put(k.wireName(), v));
    c.put("class_weights", weights);
    return c;
  }

  /** A URL may carry credentials; reports never do. */
  static String withoutUserInfo(URI url) {
    try {
      return new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return url.getScheme() + "://" + url.getHost();
    }
  }
}

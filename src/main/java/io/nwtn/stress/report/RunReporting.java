package io.nwtn.stress.report;

import io.nwtn.stress.config.LoadSettings;
import io.nwtn.stress.config.SuiteSettings;
import io.nwtn.stress.record.Recording;
import io.nwtn.stress.record.SampleSink;
import io.nwtn.stress.run.ExitStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The report's part of a stress run, wired by the simulation: {@link #begin} in {@code before()}
 * installs the sidecar recorder, reads {@code /health} and starts the resource samples; {@link
 * #end} in {@code after()} stops them and reads {@code /health} again (before an embedded target is
 * stopped). When the JVM exits, after Gatling has written its HTML report and closed {@code
 * simulation.log}, the sidecar is written into the run folder, the reports are written and a FAILED
 * verdict halts the JVM with a non-zero code (see {@link ExitStatus}).
 */
public final class RunReporting {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(2);

  private final ReportSettings settings;
  private final Limits limits;
  private final Map<String, Object> testConfig;
  private final SampleRecorder recorder = new SampleRecorder();
  private final HealthProbe probe;
  private final ResourceMonitor monitor;
  private final Sidecar.HealthSnapshot healthBefore;
  private final long startEpochMs;
  private volatile Sidecar.HealthSnapshot healthAfter;
  private volatile long endEpochMs;

  private RunReporting(SuiteSettings suite, ReportSettings settings) {
    this.settings = settings;
    this.limits = Limits.of(suite);
    this.testConfig = testConfig(suite);
    this.probe = new HealthProbe(suite.target().url(), HEALTH_TIMEOUT);
    this.healthBefore = probe.sample();
    this.startEpochMs = System.currentTimeMillis();
    this.monitor = new ResourceMonitor(probe, settings.sampleInterval());
  }

  /** Starts recording a run against {@code suite}'s target and decides the JVM's exit code. */
  public static RunReporting begin(SuiteSettings suite) {
    RunReporting run = new RunReporting(suite, ReportSettings.fromConfig(suite.config()));
    Recording.install(run.recorder);
    ExitStatus.decideOnExit("nwtn-report", run::finish);
    return run;
  }

  /** Ends the recording; call once the load is over and before the target is stopped. */
  public synchronized void end() {
    if (endEpochMs != 0) {
      return;
    }
    endEpochMs = System.currentTimeMillis();
    Recording.install(SampleSink.NONE);
    monitor.close();
    healthAfter = probe.sample();
  }

  /** Runs in the shutdown hook: sidecar, reports, verdict; returns the exit code. */
  int finish() {
    end();
    PrintStream out = System.out;
    Optional<Path> folder = runFolder();
    if (folder.isEmpty()) {
      System.err.println(
          "nwtn report: no Gatling run folder with a simulation.log under "
              + settings.gatlingResults()
              + " written after this run started; no reports were written");
      return ExitStatus.ERROR;
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
    } catch (IOException e) {
      System.err.println(
          "nwtn report: cannot write the sidecar into " + folder.get() + ": " + e.getMessage());
      return ExitStatus.ERROR;
    }
    return new PostProcessor(settings, out, System.err).process(folder.get(), () -> limits);
  }

  private Optional<Path> runFolder() {
    return ReportMain.newestRun(settings.gatlingResults())
        .filter(
            dir -> dir.resolve("simulation.log").toFile().lastModified() >= startEpochMs - 1000);
  }

  private static Map<String, Object> testConfig(SuiteSettings suite) {
    LoadSettings load = suite.workload();
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("profile", load.profile());
    c.put("target_url", suite.target().url().toString());
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
}

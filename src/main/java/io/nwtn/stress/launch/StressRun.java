package io.nwtn.stress.launch;

import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.distributed.InjectorShare;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.RunRecorder;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import io.nwtn.stress.report.Background;
import io.nwtn.stress.report.PostProcessor;
import io.nwtn.stress.settings.AbortSettings;
import io.nwtn.stress.settings.MonitoringSettings;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.TargetMetricsSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A stress run's life around Gatling's, wired by the simulation: {@link #begin} in {@code before()}
 * starts the {@link RunRecorder} with the {@link LiveMonitor} beside it and hands the verdict to
 * the {@link ExitPath}; {@link #end} in {@code after()} stops both (call it before an embedded
 * target is stopped, since it reads {@code /health} a last time) and writes the sidecar into
 * Gatling's run folder. Once Gatling is done, the post-processor writes the reports and the verdict
 * becomes the exit code. The live endpoint stays up until the JVM ends or the next run starts.
 */
public final class StressRun {

  private final ReportSettings settings;
  private final RunRecorder recorder;
  private final LiveMonitor monitor;
  private Path runFolder;
  private boolean ended;
  private CompletableFuture<Judged> judging;

  private StressRun(ReportSettings settings, RunRecorder recorder, LiveMonitor monitor) {
    this.settings = settings;
    this.recorder = recorder;
    this.monitor = monitor;
  }

  /**
   * The settings of this load generator's stress run (its share of the users when it is one
   * injector of several), read in a JVM that can pass the verdict on; a wrong setting or an
   * unsupported way of running stops the run with one line.
   */
  public static SuiteSettings settings() {
    ExitPath.requireSupportedHost();
    SuiteSettings suite = RunConsole.orStop(() -> InjectorShare.apply(SuiteSettings.load()));
    // checked before Gatling starts, like every other setting
    RunConsole.orStop(() -> MonitoringSettings.fromConfig(suite.config()));
    RunConsole.orStop(() -> AbortSettings.fromConfig(suite.config(), suite.workload()));
    RunConsole.orStop(() -> TargetMetricsSettings.fromConfig(suite.config(), suite.target()));
    return suite;
  }

  /**
   * Starts recording a run against {@code suite}'s target.
   *
   * @param targetKind the reference orchestrator this JVM started, the one found answering, or
   *     another orchestrator, which every report of the run then says
   */
  public static StressRun begin(SuiteSettings suite, TargetKind targetKind) {
    ReportSettings settings = RunConsole.orStop(() -> ReportSettings.fromConfig(suite.config()));
    AbortSettings abort =
        RunConsole.orStop(() -> AbortSettings.fromConfig(suite.config(), suite.workload()));
    LiveMonitor monitor = RunConsole.orStop(() -> LiveMonitor.start(suite, System.out));
    RunRecorder recorder = RunRecorder.start(suite, settings, targetKind, monitor.sink());
    System.out.println(recorder.targetMetricsLine());
    monitor.follow(suite, abort, recorder);
    StressRun run = new StressRun(settings, recorder, monitor);
    ExitPath.afterGatling("nwtn-report", run::finish);
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
    monitor.runEnded();
    Sidecar sidecar = recorder.stop();
    Optional<Path> folder = ExitPath.currentRunFolder(settings.gatlingResults());
    if (folder.isEmpty()) {
      System.err.println(
          "nwtn report: no Gatling run folder under "
              + settings.gatlingResults()
              + "; no sidecar written");
      return;
    }
    try {
      SidecarFile.write(folder.get(), sidecar);
      runFolder = folder.get();
    } catch (IOException e) {
      System.err.println(
          "nwtn report: cannot write the sidecar into " + folder.get() + ": " + e.getMessage());
    }
  }

  /**
   * For {@code after()}: on a thread of its own, ends the recording ({@link #end}), then runs
   * {@code afterRecording} (such as stopping an embedded target), then writes the reports, while
   * Gatling writes its own: Gatling closes {@code simulation.log} before {@code after()}. What the
   * reports' writing prints is held until the verdict, once Gatling is done, prints it.
   */
  public void endInBackground(Runnable afterRecording) {
    CompletableFuture<Judged> started = new CompletableFuture<>();
    synchronized (this) {
      if (ended || judging != null) {
        afterRecording.run();
        return;
      }
      judging = started;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                try {
                  end();
                } finally {
                  afterRecording.run();
                }
                started.complete(judge());
              } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
              }
            },
            "nwtn-report-early");
    thread.setDaemon(true);
    thread.start();
  }

  /** The run folder the sidecar went to, once {@link #end} wrote it. */
  public synchronized Optional<Path> runFolder() {
    return Optional.ofNullable(runFolder);
  }

  /** Once Gatling is done: the reports and the verdict. */
  private ExitPath.Decision finish() {
    boolean stoppedEarly;
    CompletableFuture<Judged> early;
    synchronized (this) {
      // after() ends the recording of a run that reached its end; else the JVM is going down early
      early = judging;
      stoppedEarly = !ended && early == null;
    }
    if (early != null) {
      Judged judged = Background.join(early);
      followBounds(judged.folder());
      judged.console().replay(System.out, System.err);
      return decision(judged.folder(), judged.code());
    }
    if (stoppedEarly) {
      // Gatling's users go on while the JVM goes down: no new request, only those in flight
      Recording.stopLoad();
    }
    end();
    Optional<Path> folder = folder();
    if (stoppedEarly) {
      folder.ifPresent(StressRun::markStopped);
    } else {
      followBounds(folder);
    }
    return decision(folder, report(folder, System.out, System.err));
  }

  /** The reports written in the background: their verdict, and what their writing printed. */
  private record Judged(Optional<Path> folder, int code, HeldConsole console) {}

  private Judged judge() {
    HeldConsole console = new HeldConsole();
    Optional<Path> folder = folder();
    return new Judged(folder, report(folder, console.out(), console.err()), console);
  }

  private Optional<Path> folder() {
    return runFolder().or(() -> ExitPath.currentRunFolder(settings.gatlingResults()));
  }

  /** Writes the reports of the run in {@code folder}; returns the verdict's exit code. */
  private int report(Optional<Path> folder, PrintStream out, PrintStream err) {
    if (folder.isEmpty()) {
      err.println(
          "nwtn report: no Gatling run folder with a simulation.log under "
              + settings.gatlingResults()
              + "; no reports were written");
      return ExitStatus.ERROR;
    }
    return new PostProcessor(settings, out, err).process(folder.get(), recorder::limits);
  }

  private void followBounds(Optional<Path> folder) {
    folder
        .filter(StressRun::hasGatlingReport)
        .ifPresent(f -> GatlingReportBounds.follow(f, recorder.limits()));
  }

  private static ExitPath.Decision decision(Optional<Path> folder, int code) {
    return new ExitPath.Decision(code, folder.filter(StressRun::hasGatlingReport).isPresent());
  }

  private static boolean hasGatlingReport(Path folder) {
    return Files.isRegularFile(folder.resolve(ReportFiles.DASHBOARD));
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
}

package io.nwtn.stress.launch;

import io.nwtn.stress.capacity.CapacityController;
import io.nwtn.stress.capacity.CapacityCoordinator;
import io.nwtn.stress.capacity.CapacityFollower;
import io.nwtn.stress.capacity.CapacityLines;
import io.nwtn.stress.capacity.CapacityReport;
import io.nwtn.stress.capacity.LevelGate;
import io.nwtn.stress.capacity.LevelRunner;
import io.nwtn.stress.capacity.LevelTally;
import io.nwtn.stress.capacity.Peers;
import io.nwtn.stress.distributed.InjectorShare;
import io.nwtn.stress.documents.CapacityConsole;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.monitoring.LiveMonitor;
import io.nwtn.stress.recording.HealthProbe;
import io.nwtn.stress.recording.Recording;
import io.nwtn.stress.recording.SampleSink;
import io.nwtn.stress.report.CapacityOutput;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.InjectorSettings;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SuiteSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A capacity search's life around Gatling's, wired by the capacity simulation: {@link #begin} in
 * {@code before()} tallies the answers and starts the search, which moves the users' {@link
 * LevelGate} from level to level; {@link #end} in {@code after()} stops it. Once Gatling is done,
 * the levels and the answer are written and the exit code says whether the capacity meets the
 * required concurrency (0), does not (1), or the search was stopped before its answer (3).
 */
public final class CapacityRun {

  private final SuiteSettings suite;
  private final CapacitySettings capacity;
  private final ReportSettings report;
  private final CapacityController controller;
  private final CapacityFollower follower;
  private final InjectorSettings injector;
  private final SampleSink previous;

  private CapacityRun(
      SuiteSettings suite,
      CapacitySettings capacity,
      ReportSettings report,
      CapacityController controller,
      CapacityFollower follower,
      InjectorSettings injector,
      SampleSink previous) {
    this.suite = suite;
    this.capacity = capacity;
    this.report = report;
    this.controller = controller;
    this.follower = follower;
    this.injector = injector;
    this.previous = previous;
  }

  /** The settings of a capacity search, read in a JVM that can pass its answer on. */
  public static SuiteSettings settings() {
    ExitPath.requireSupportedHost();
    return RunConsole.orStop(SuiteSettings::load);
  }

  /** The capacity settings of {@code suite}; a wrong one stops the run with one line. */
  public static CapacitySettings capacity(SuiteSettings suite) {
    return RunConsole.orStop(
        () -> CapacitySettings.fromConfig(suite.config(), suite.requirements().concurrency()));
  }

  /**
   * The virtual users this load generator injects: its share of the most users the search may need
   * (all of them when it runs alone).
   */
  public static int injectedUsers(SuiteSettings suite, CapacitySettings capacity) {
    InjectorSettings injector =
        RunConsole.orStop(() -> InjectorSettings.fromConfig(suite.config()));
    return InjectorShare.users(capacity.maxUsers(), injector.count(), injector.index());
  }

  /**
   * Starts tallying answers and the search; the users follow {@code gate}. Alone, or as injector 0
   * of a distributed run, this load generator decides the levels; another injector follows them.
   */
  public static CapacityRun begin(SuiteSettings suite, CapacitySettings capacity, LevelGate gate) {
    ReportSettings report = RunConsole.orStop(() -> ReportSettings.fromConfig(suite.config()));
    InjectorSettings injector =
        RunConsole.orStop(() -> InjectorSettings.fromConfig(suite.config()));
    LevelTally tally = new LevelTally();
    LiveMonitor monitor = RunConsole.orStop(() -> LiveMonitor.start(suite, System.out));
    monitor.phase("capacity", "capacity");
    SampleSink previous = Recording.sink();
    Recording.install(SampleSink.both(SampleSink.both(tally, monitor.sink()), previous));
    LevelRunner runner =
        new LevelRunner(
            gate, tally, users -> InjectorShare.users(users, injector.count(), injector.index()));
    CapacityRun run;
    if (injector.index() > 0) {
      CapacityFollower follower =
          new CapacityFollower(
              capacity.coordinator().url(),
              injector.index(),
              runner,
              capacity.coordinator().patience(),
              System.out::println);
      run = new CapacityRun(suite, capacity, report, null, follower, injector, previous);
      System.out.println(
          "NWTN capacity: injector "
              + injector.index()
              + " of "
              + injector.count()
              + " follows the levels of "
              + capacity.coordinator().url());
      follower.start();
    } else {
      CapacityController controller =
          new CapacityController(
              capacity,
              Limits.of(suite),
              runner,
              peers(capacity, injector),
              new HealthProbe(suite.target().url(), Duration.ofSeconds(2)),
              System.out::println);
      run = new CapacityRun(suite, capacity, report, controller, null, injector, previous);
      controller.onLevel(
          plan ->
              monitor.level(
                  plan.users(),
                  plan.finished() ? "capacity done" : "capacity level " + plan.seq()));
      System.out.println(CapacityLines.header());
      controller.start();
    }
    ExitPath.afterGatling("nwtn-capacity", run::finish);
    return run;
  }

  /** The other injectors of a distributed search, reached through the coordination server. */
  private static Peers peers(CapacitySettings capacity, InjectorSettings injector) {
    if (!injector.distributed()) {
      return Peers.NONE;
    }
    CapacitySettings.Coordinator c = capacity.coordinator();
    try {
      return CapacityCoordinator.start(c.host(), c.port(), injector.count() - 1, c.patience());
    } catch (IOException e) {
      throw RunConsole.stop(
          "cannot serve the capacity coordination on "
              + c.host()
              + ":"
              + c.port()
              + " ("
              + e.getMessage()
              + "); choose another with -Dnwtn.capacity.coordinator.port",
          ExitStatus.ERROR);
    }
  }

  /** Stops the search if it is still running and the tally; call from {@code after()}. */
  public void end() {
    try {
      if (controller != null) {
        controller.stop();
      } else {
        follower.stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Recording.install(previous);
  }

  private ExitPath.Decision finish() {
    end();
    if (controller == null) {
      // a follower's share is judged by the leader, which writes the answer of the whole run
      System.out.println(
          "NWTN capacity: injector "
              + injector.index()
              + " ran "
              + follower.levels()
              + " levels; the answer is injector 0's");
      return new ExitPath.Decision(ExitStatus.OK, true);
    }
    Optional<Path> folder = ExitPath.currentRunFolder(report.gatlingResults());
    // a distributed search's answer goes to the run's own folder, as a merged report would
    String runName =
        injector.distributed()
            ? injector.runId()
            : folder
                .map(f -> f.getFileName().toString())
                .orElse("capacity-" + System.currentTimeMillis());
    CapacityReport result =
        new CapacityReport(
            runName,
            withoutUserInfo(suite.target().url()),
            suite.requirements().concurrency(),
            capacity,
            Limits.of(suite),
            controller.results(),
            controller.completed());
    List<Path> files;
    try {
      files = CapacityOutput.write(result, report.outputDir());
    } catch (IOException e) {
      System.err.println(
          "nwtn capacity: cannot write the reports under "
              + report.outputDir()
              + ": "
              + e.getMessage());
      return new ExitPath.Decision(ExitStatus.ERROR, false);
    }
    CapacityConsole.print(result, files, System.out);
    return new ExitPath.Decision(result.exitCode(), folder.isPresent());
  }

  private static String withoutUserInfo(URI url) {
    return url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() < 0 ? "" : ":" + url.getPort())
        + (url.getPath() == null ? "" : url.getPath());
  }
}

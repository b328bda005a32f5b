package io.nwtn.stress.launch;

import io.nwtn.stress.distributed.InjectorManifest;
import io.nwtn.stress.distributed.InjectorShare;
import io.nwtn.stress.distributed.TargetClockProbe;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.report.ReportMain;
import io.nwtn.stress.settings.InjectorSettings;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SettingsReader;
import io.nwtn.stress.settings.SuiteSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs one injector of a distributed run in this JVM: {@code nwtn.injector.index} of {@code
 * nwtn.injector.count}, run {@code nwtn.run-id}. Everything it writes goes to {@code
 * <nwtn.report.output-dir>/<run-id>/injector-<i>/}: {@code nwtn-injector.json}, Gatling's run
 * folder under {@code gatling/} (its {@code simulation.log} and the sidecar the simulation writes).
 * It writes no report of its own: its share alone would fail the run's concurrency, so the verdict
 * comes from the merge. Exit codes: 0 when its folder is complete, 2 for a bad setting, 3 when the
 * run broke.
 */
public final class InjectorLauncher {

  /** The simulation an injector runs, from the test classpath the launcher is started with. */
  static final String STRESS_SIMULATION = "simulations.NwtnStressSimulation";

  /** The capacity search's simulation, when {@code nwtn.injector.simulation} is capacity. */
  static final String CAPACITY_SIMULATION = "simulations.NwtnCapacitySimulation";

  private InjectorLauncher() {}

  public static void main(String[] args) throws IOException {
    SuiteSettings whole = RunConsole.orStop(SuiteSettings::load);
    InjectorSettings injector =
        RunConsole.orStop(() -> InjectorSettings.fromConfig(whole.config()));
    ReportSettings report = RunConsole.orStop(() -> ReportSettings.fromConfig(whole.config()));
    Path folder = injector.folder(report.outputDir());
    Path gatling = folder.resolve("gatling");
    if (Files.isDirectory(gatling)) {
      throw RunConsole.stop(
          gatling + " already holds a run; give each run its own -Dnwtn.run-id",
          ExitStatus.BAD_INPUT);
    }
    pin(injector, gatling);
    SuiteSettings share = RunConsole.orStop(() -> InjectorShare.apply(SuiteSettings.load()));
    manifest(injector, whole, share).write(folder);
    System.out.printf(
        "NWTN injector %d of %d, run %s: %d users, writing to %s%n",
        injector.index(), injector.count(), injector.runId(), share.workload().users(), folder);
    String description =
        "nwtn run " + injector.runId() + " injector " + injector.index() + "/" + injector.count();
    if (capacity(whole)) {
      // injector 0 leads the search and writes its answer; the exit code is the answer's
      System.exit(
          ExitPath.runInThisJvm(
              "-s", CAPACITY_SIMULATION, "-rf", gatling.toString(), "-rd", description));
    }
    int code =
        ExitPath.runInThisJvmWithoutVerdict(
            new String[] {
              "-s", STRESS_SIMULATION,
              "-rf", gatling.toString(),
              "-rd", description
            });
    System.exit(complete(injector, gatling, code) ? ExitStatus.OK : ExitStatus.ERROR);
  }

  /** Whether the injectors run a capacity search rather than the stress run. */
  private static boolean capacity(SuiteSettings whole) {
    return "capacity"
        .equals(
            RunConsole.orStop(
                () ->
                    SettingsReader.of(whole.config())
                        .choice("nwtn.injector.simulation", List.of("stress", "capacity"))));
  }

  /** The simulation and the report read their settings again: pin what this launcher decided. */
  private static void pin(InjectorSettings injector, Path gatling) {
    System.setProperty("nwtn.run-id", injector.runId());
    System.setProperty("nwtn.report.gatling-results", gatling.toString());
    if (injector.distributed()) {
      // all injectors share one target; none may start its own
      System.setProperty("nwtn.target.embedded", "never");
    }
  }

  private static InjectorManifest manifest(
      InjectorSettings injector, SuiteSettings whole, SuiteSettings share) {
    return new InjectorManifest(
        InjectorManifest.VERSION,
        injector.runId(),
        injector.index(),
        injector.count(),
        share.workload().users(),
        whole.workload().users(),
        share.workload().arrivalRate(),
        injector.startAtEpochMs(),
        System.currentTimeMillis(),
        host(),
        TargetClockProbe.read(share.target().url(), Duration.ofSeconds(5)).orElse(null));
  }

  /**
   * Whether the run folder and the sidecar the simulation's after() wrote are there. Gatling's own
   * assertions (exit 2 when they fail) judge this share only; the merge judges the run.
   */
  private static boolean complete(InjectorSettings injector, Path gatling, int code) {
    Optional<Path> run = ReportMain.newestRun(gatling);
    boolean complete =
        run.isPresent()
            && Files.isRegularFile(run.get().resolve(Sidecar.FILE_NAME))
            && (code == 0 || code == 2);
    System.out.println(
        "NWTN injector "
            + injector.index()
            + (complete ? " complete: " : " INCOMPLETE: ")
            + run.map(Path::toString).orElse("no run folder under " + gatling));
    return complete;
  }

  private static String host() {
    String pod = System.getenv("HOSTNAME");
    if (pod != null && !pod.isBlank()) {
      return pod;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}

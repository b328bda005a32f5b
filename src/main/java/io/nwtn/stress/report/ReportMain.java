package io.nwtn.stress.report;

import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SettingsLoader;
import io.nwtn.stress.settings.SuiteSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Rewrites the NWTN reports of an existing Gatling run folder and exits with the same verdict as
 * the run: {@code ReportMain <run-folder>|latest [--verbose]}. Exit codes are {@link ExitStatus}'s.
 */
public final class ReportMain {

  static final String USAGE =
      "usage: ReportMain <gatling-run-folder>|latest [--verbose]"
          + " (e.g. make report RUN=target/gatling/nwtnstresssimulation-20260101120000000)";

  private ReportMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> positional = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
    boolean verbose = Stream.of(args).anyMatch("--verbose"::equals);
    if (positional.size() != 1
        || Stream.of(args).anyMatch(a -> a.startsWith("--") && !"--verbose".equals(a))) {
      err.println(USAGE);
      return ExitStatus.BAD_INPUT;
    }
    String arg = positional.get(0);
    // the settings load on the background thread while the log is read; "latest" needs them first
    CompletableFuture<ReportSettings> settings = Background.supply(() -> loadSettings(verbose));
    try {
      Path folder = resolve(arg, settings);
      return new PostProcessor(settings, verbose, out, err)
          .process(folder, ReportMain::settingsLimits);
    } catch (ExitException e) {
      err.println("nwtn report: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return e.exitCode();
    }
  }

  private static ReportSettings loadSettings(boolean verbose) {
    ReportSettings settings;
    try {
      settings = ReportSettings.fromConfig(SettingsLoader.load());
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
    return verbose
        ? new ReportSettings(
            settings.outputDir(),
            settings.gatlingResults(),
            settings.agentP95Warning(),
            settings.sampleInterval(),
            true)
        : settings;
  }

  /** Without a sidecar the thresholds come from the settings, as a run would have used them. */
  private static Limits settingsLimits() {
    try {
      return Limits.of(SuiteSettings.load());
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
  }

  private static Path resolve(String arg, CompletableFuture<ReportSettings> settings) {
    if (!"latest".equals(arg)) {
      Path folder = Path.of(arg);
      if (!Files.isDirectory(folder)) {
        throw new ExitException(
            ExitStatus.BAD_INPUT,
            arg
                + ": no such run folder; pass a folder under "
                + Background.join(settings).gatlingResults());
      }
      return folder;
    }
    Path gatlingResults = Background.join(settings).gatlingResults();
    return newestRun(gatlingResults)
        .orElseThrow(
            () ->
                new ExitException(
                    ExitStatus.BAD_INPUT,
                    gatlingResults
                        + ": no run folder with a simulation.log; run mvn gatling:test first"));
  }

  /** The most recently modified run folder under {@code results} that has a simulation.log. */
  public static Optional<Path> newestRun(Path results) {
    if (!Files.isDirectory(results)) {
      return Optional.empty();
    }
    try (Stream<Path> dirs = Files.list(results)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("simulation.log")))
          .max(Comparator.comparingLong(ReportMain::modified));
    } catch (IOException e) {
      throw new ExitException(ExitStatus.ERROR, results + ": cannot list: " + e.getMessage(), e);
    }
  }

  private static long modified(Path dir) {
    try {
      return Files.getLastModifiedTime(dir.resolve("simulation.log")).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}

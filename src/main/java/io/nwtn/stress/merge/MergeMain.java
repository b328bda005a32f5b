package io.nwtn.stress.merge;

import io.nwtn.stress.documents.StressConsole;
import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.report.ReportOutput;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SettingsLoader;
import io.nwtn.stress.settings.SuiteSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Merges the folders of a run's injectors into one set of NWTN reports and one verdict: {@code
 * MergeMain --run <run-id> | <injector-folder>... [--verbose]}. Reports go to {@code
 * <nwtn.report.output-dir>/<run-id>/} (and {@code latest/}); the exit code is the verdict's, as in
 * {@link ExitStatus} (0 PASSED, 1 FAILED, 2 bad input such as folders of different runs, 3 an
 * unreadable log or unwritable report).
 */
public final class MergeMain {

  static final String USAGE =
      "usage: MergeMain --run <run-id> | <injector-folder>... [--verbose]"
          + " (e.g. make nwtn-merge RUN_ID=phase1-001)";

  private MergeMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command and returns its exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> list = new ArrayList<>(List.of(args));
    boolean verbose = list.remove("--verbose");
    ReportSettings settings;
    try {
      settings = ReportSettings.fromConfig(SettingsLoader.load());
    } catch (IllegalArgumentException e) {
      err.println("nwtn merge: " + e.getMessage());
      return ExitStatus.BAD_INPUT;
    }
    try {
      List<Path> folders = folders(list, settings.outputDir());
      MergedRun run = MergedRun.of(folders, settings, MergeMain::settingsLimits);
      List<Path> files =
          ReportOutput.write(run.report(), settings.outputDir(), settings.gatlingResults());
      files = new ArrayList<>(files);
      files.add(MergeDocument.write(run, settings.outputDir().resolve(run.report().runName())));
      StressConsole.print(run.report(), files, out);
      printInjectors(run, out);
      return run.report().passed() ? ExitStatus.OK : ExitStatus.FAILED;
    } catch (ExitException e) {
      return fail(err, e.exitCode(), e.getMessage(), verbose ? e : null);
    } catch (IOException e) {
      return fail(
          err,
          ExitStatus.ERROR,
          "cannot write the merged reports under " + settings.outputDir() + ": " + e.getMessage(),
          verbose ? e : null);
    }
  }

  /** The folders named, or with {@code --run <id>} every {@code injector-*} folder of that run. */
  static List<Path> folders(List<String> args, Path outputDir) {
    if (args.size() == 2 && "--run".equals(args.get(0))) {
      Path runDir = outputDir.resolve(args.get(1));
      try (Stream<Path> s = Files.isDirectory(runDir) ? Files.list(runDir) : Stream.empty()) {
        List<Path> found =
            s.filter(d -> d.getFileName().toString().startsWith("injector-"))
                .filter(Files::isDirectory)
                .sorted()
                .toList();
        if (found.isEmpty()) {
          throw InjectorFolder.bad(runDir + ": no injector-<i> folders; check the run id");
        }
        return found;
      } catch (IOException e) {
        throw new ExitException(ExitStatus.ERROR, runDir + ": cannot list: " + e.getMessage(), e);
      }
    }
    if (args.isEmpty() || args.stream().anyMatch(a -> a.startsWith("--"))) {
      throw InjectorFolder.bad(USAGE);
    }
    return args.stream().map(Path::of).toList();
  }

  private static void printInjectors(MergedRun run, PrintStream out) {
    out.println("Injectors (" + run.parts().size() + ", run " + run.report().runName() + "):");
    for (int i = 0; i < run.parts().size(); i++) {
      MergedLog.PartFigures f = run.figures().get(i);
      out.printf(
          "  injector %d: %d users, %d requests (%d failed), P95 %d ms%n",
          run.parts().get(i).manifest().index(),
          run.parts().get(i).manifest().users(),
          f.total(),
          f.ko(),
          f.percentileMs(95));
    }
    run.clock().forEach(c -> out.println("  " + c.line()));
  }

  /** Without sidecars the thresholds come from the settings, as the run would have used them. */
  private static Limits settingsLimits() {
    try {
      return Limits.of(SuiteSettings.load());
    } catch (IllegalArgumentException e) {
      throw new ExitException(ExitStatus.BAD_INPUT, e.getMessage(), e);
    }
  }

  private static int fail(PrintStream err, int code, String message, Throwable cause) {
    err.println("nwtn merge: " + message);
    if (cause != null) {
      cause.printStackTrace(err);
    }
    return code;
  }
}

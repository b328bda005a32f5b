package io.nwtn.stress.compare;

import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.settings.SettingsException;
import io.nwtn.stress.settings.SettingsLoader;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code compare-performance}: compares a run with a baseline figure by figure and says whether it
 * regressed.
 *
 * <p>Exit codes: 0 no regression (or baseline saved), 1 a regression, 2 bad input (missing file,
 * not a results file, bad flag), one line on standard error.
 */
public final class CompareMain {

  private CompareMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    boolean verbose = false;
    for (String a : args) {
      verbose |= a.equals("--verbose") || a.equals("-v");
    }
    try {
      CompareArgs a = CompareArgs.parse(args, Tolerances.fromConfig(SettingsLoader.load()));
      return execute(a, out);
    } catch (CompareException | SettingsException e) {
      err.println("compare-performance: " + e.getMessage());
      if (verbose) {
        e.printStackTrace(err);
      }
      return ExitStatus.BAD_INPUT;
    }
  }

  private static int execute(CompareArgs a, PrintStream out) throws CompareException {
    Tolerances t = a.tolerances();
    RunResults baseline =
        a.baseline() == null
            ? null
            : RunResults.load(Baselines.resolve(a.baseline(), t.baselinesDir()));
    RunResults current = RunResults.load(Path.of(a.current()));
    boolean regressed = false;
    if (baseline != null) {
      Comparison c = Comparison.of(baseline, current, t);
      ComparisonTable.print(c, t, out);
      regressed = c.regressed();
    }
    if (a.saveAs() != null) {
      if (regressed) {
        out.println("baseline not saved: the current run regressed; fix it or compare again");
      } else {
        out.println("baseline saved: " + Baselines.save(current, a.saveAs(), t.baselinesDir()));
      }
    }
    return regressed ? ExitStatus.FAILED : ExitStatus.OK;
  }
}

package io.nwtn.stress.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@code compare-performance}.
 *
 * @param baseline path or baseline name, or {@code null}
 * @param current path of the current run's results file or folder
 * @param saveAs the baseline name to save the current run under, or {@code null}
 */
record CompareArgs(String baseline, String current, String saveAs, Tolerances tolerances) {

  static final String USAGE =
      "usage: CompareMain --baseline <results.json|run folder|name> --current <results.json|run"
          + " folder> [--latency-tolerance 10%] [--success-rate-tolerance 1%]"
          + " [--throughput-tolerance 10%] [--significance 0.01] [--save-baseline <name>]"
          + " [--baselines-dir <dir>] [--verbose]";

  static CompareArgs parse(String[] args, Tolerances defaults) throws CompareException {
    String baseline = null;
    String current = null;
    String saveAs = null;
    Tolerances t = defaults;
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--baseline" -> baseline = value(args, ++i, a);
        case "--current" -> current = value(args, ++i, a);
        case "--save-baseline" -> saveAs = value(args, ++i, a);
        case "--baselines-dir" -> t = t.withBaselinesDir(Path.of(value(args, ++i, a)));
        case "--latency-tolerance" -> t = t.withLatency(fraction(value(args, ++i, a), a));
        case "--success-rate-tolerance" -> t = t.withSuccessRate(fraction(value(args, ++i, a), a));
        case "--throughput-tolerance" -> t = t.withThroughput(fraction(value(args, ++i, a), a));
        case "--significance" -> t = t.withSignificance(fraction(value(args, ++i, a), a));
        case "--verbose", "-v" -> {
          // read by CompareMain before parsing, so that a bad command line is verbose too
        }
        default -> {
          if (a.startsWith("-")) {
            throw new CompareException("unknown flag " + a + "; " + USAGE);
          }
          positional.add(a);
        }
      }
    }
    if (positional.size() == 2 && baseline == null && current == null) {
      baseline = positional.get(0);
      current = positional.get(1);
    } else if (!positional.isEmpty()) {
      throw new CompareException(
          "expected two paths (baseline, current) or the flags, got "
              + String.join(" ", positional)
              + "; "
              + USAGE);
    }
    if (current == null || (baseline == null && saveAs == null)) {
      throw new CompareException(
          "a current run and a baseline (or --save-baseline) are needed; " + USAGE);
    }
    return new CompareArgs(baseline, current, saveAs, t.checked());
  }

  private static String value(String[] args, int i, String flag) throws CompareException {
    if (i >= args.length || args[i].isBlank()) {
      throw new CompareException(flag + " needs a value; " + USAGE);
    }
    return args[i];
  }

  /** {@code 10%} or {@code 0.10}. */
  static double fraction(String text, String flag) throws CompareException {
    String s = text.trim().toLowerCase(Locale.ROOT);
    try {
      return s.endsWith("%")
          ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100
          : Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new CompareException(flag + " " + text + " is not a number: write e.g. 10% or 0.10", e);
    }
  }
}

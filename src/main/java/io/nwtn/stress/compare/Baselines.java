package io.nwtn.stress.compare;

import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Named baselines in one folder ({@code user-files/baselines/<name>.json}): each is a copy of a
 * run's results file, whose serialised HdrHistograms ({@code response_time_histogram} and each
 * class's {@code latency_histogram}) travel with it, so a later run can be compared on
 * distributions.
 */
public final class Baselines {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private Baselines() {}

  /**
   * Saves {@code run} as baseline {@code name}, replacing one of the same name; returns its path.
   */
  public static Path save(RunResults run, String name, Path dir) throws CompareException {
    Path target = file(name, dir);
    try {
      ReportFiles.writeAtomically(target, Files.readAllBytes(run.file()));
    } catch (IOException e) {
      throw new CompareException(
          "cannot write baseline " + target + ": " + e.getMessage() + "; check the folder", e);
    }
    return target;
  }

  /**
   * A path as given when it exists, else the baseline of that name in {@code dir} when there is
   * one, else the path as given (whose absence {@link RunResults#load} reports).
   */
  public static Path resolve(String pathOrName, Path dir) {
    Path given = Path.of(pathOrName);
    if (Files.exists(given) || !NAME.matcher(pathOrName).matches()) {
      return given;
    }
    Path named = dir.resolve(pathOrName.endsWith(".json") ? pathOrName : pathOrName + ".json");
    return Files.isRegularFile(named) ? named : given;
  }

  static Path file(String name, Path dir) throws CompareException {
    if (!NAME.matcher(name).matches() || name.contains("..")) {
      throw new CompareException(
          "baseline name '"
              + name
              + "' is not allowed: use letters, digits, '.', '_' or '-' (at most 64)");
    }
    return dir.resolve(name.endsWith(".json") ? name : name + ".json");
  }
}

package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which part of one logical run this load generator plays ({@code nwtn.injector}, {@code
 * nwtn.run-id}): injector {@code index} of {@code count}, all sharing one run id so that their
 * folders can be merged into one report and one verdict.
 *
 * @param runId names the logical run; also the folder {@code <output-dir>/<run-id>/}
 * @param index this injector, 0-based
 * @param count how many injectors run the test together
 * @param startAtEpochMs the coordinated start every injector waits for, or 0 for none
 */
public record InjectorSettings(String runId, int index, int count, long startAtEpochMs) {

  /** Letters, digits, dot, dash, underscore: safe as a folder name and a Kubernetes label. */
  public static final String RUN_ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,62}";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  public InjectorSettings {
    if (count < 1) {
      throw new SettingsException(
          "nwtn.injector.count", count + " is below 1", "a whole number of at least 1");
    }
    if (index < 0 || index >= count) {
      throw new SettingsException(
          "nwtn.injector.index",
          index + " is outside 0.." + (count - 1),
          "0 <= index < nwtn.injector.count (" + count + ")");
    }
    if (!runId.matches(RUN_ID_PATTERN)) {
      throw new SettingsException(
          "nwtn.run-id",
          "'" + runId + "' is not a valid run id",
          "1 to 63 letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
  }

  /** Reads and validates {@code nwtn.injector.*} and {@code nwtn.run-id} of a resolved config. */
  public static InjectorSettings fromConfig(Config root) {
    SettingsReader s = SettingsReader.of(root);
    int count = s.intIn("nwtn.injector.count", 1, Integer.MAX_VALUE);
    // the record names the allowed range, which depends on count
    int index = s.intIn("nwtn.injector.index", Integer.MIN_VALUE, Integer.MAX_VALUE);
    long startAt = startAt(s);
    String runId = s.string("nwtn.run-id", "an id such as phase1-001").trim();
    if (runId.isEmpty()) {
      if (count > 1) {
        throw new SettingsException(
            "nwtn.run-id",
            "missing for a run of " + count + " injectors",
            "the same id on every injector, e.g. -Dnwtn.run-id=phase1-001");
      }
      runId = generatedRunId(Instant.now());
    }
    return new InjectorSettings(runId, index, count, startAt);
  }

  /**
   * A run id for a single injector: UTC time and a random suffix, e.g. run-20260101-120000-3f2a.
   */
  static String generatedRunId(Instant now) {
    return "run-"
        + STAMP.format(now)
        + "-"
        + Integer.toHexString(0x1000 + ThreadLocalRandom.current().nextInt(0xF000));
  }

  /** Whether the run is split over more than one injector. */
  public boolean distributed() {
    return count > 1;
  }

  /** This injector's folder: {@code <root>/<run-id>/injector-<index>}. */
  public Path folder(Path root) {
    return root.resolve(runId).resolve("injector-" + index);
  }

  private static long startAt(SettingsReader s) {
    String key = "nwtn.injector.start-at";
    String allowed = "epoch milliseconds or 2026-01-01T12:00:00Z";
    String raw = s.string(key, allowed).trim();
    if (raw.isEmpty()) {
      return 0;
    }
    try {
      return raw.matches("[0-9]+") ? Long.parseLong(raw) : Instant.parse(raw).toEpochMilli();
    } catch (RuntimeException e) {
      throw s.bad(key, "'" + raw + "' is not a time", allowed);
    }
  }
}

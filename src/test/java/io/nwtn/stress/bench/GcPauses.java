package io.nwtn.stress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world pauses of a Gatling JVM over a span, from its GC log: a P99 set by the
 * generator's own collector is told from one set by the machine. The JVM logs with {@link
 * #jvmOption} ({@code -Xlog:gc:file=<log>:timemillis}), one line per pause, e.g. {@code
 * [1764650000123ms] GC(3) Pause Young (Allocation Failure) 143M->57M(365M) 35.238ms}, stamped when
 * the pause ended; a concurrent collector's lines without a pause time are not pauses.
 *
 * @param count the pauses that ended in the span
 * @param totalMs their summed length
 * @param longestMs the longest of them, 0 without any
 */
record GcPauses(int count, double totalMs, double longestMs) {

  private static final Pattern PAUSE =
      Pattern.compile("^\\[(\\d+)ms\\].* Pause .* (\\d+(?:\\.\\d+)?)ms\\s*$");

  /** The JVM option that writes the log this class reads. */
  static String jvmOption(Path log) {
    return "-Xlog:gc:file=" + log + ":timemillis";
  }

  /**
   * The pauses in {@code lines} that ended from {@code fromEpochMs} (inclusive) to {@code
   * toEpochMs}.
   */
  static GcPauses within(List<String> lines, long fromEpochMs, long toEpochMs) {
    int count = 0;
    double total = 0;
    double longest = 0;
    for (String line : lines) {
      Matcher m = PAUSE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      long at = Long.parseLong(m.group(1));
      if (at < fromEpochMs || at >= toEpochMs) {
        continue;
      }
      double ms = Double.parseDouble(m.group(2));
      count++;
      total += ms;
      longest = Math.max(longest, ms);
    }
    return new GcPauses(count, total, longest);
  }

  /** The pauses of the log at {@code log} in the span; null when the JVM wrote no log. */
  static GcPauses within(Path log, long fromEpochMs, long toEpochMs) throws IOException {
    return Files.exists(log) ? within(Files.readAllLines(log), fromEpochMs, toEpochMs) : null;
  }

  /** For a part's JSON. */
  Map<String, Object> figures() {
    Map<String, Object> f = BenchParts.figures();
    f.put("count", count);
    f.put("total_ms", BenchParts.round(totalMs, 1));
    f.put("longest_ms", BenchParts.round(longestMs, 1));
    return f;
  }

  /** For a printed line, e.g. {@code 5, 112.3 ms in all, the longest 25.5 ms}. */
  String line() {
    return count == 0
        ? "none"
        : String.format(
            Locale.ROOT, "%d, %.1f ms in all, the longest %.1f ms", count, totalMs, longestMs);
  }
}

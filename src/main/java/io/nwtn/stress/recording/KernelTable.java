package io.nwtn.stress.recording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A table of the kernel's under {@code /proc}, read whole as text, and the counts of one of its
 * lines read one after the other: what {@link NetworkCounters} and {@link SystemCounters} share.
 */
final class KernelTable {

  private final String text;
  private final int end;
  private int at;

  /** The counts of {@code text} from {@code from} to the end of that line. */
  KernelTable(String text, int from) {
    int newline = text.indexOf('\n', from);
    this.text = text;
    this.end = newline < 0 ? text.length() : newline;
    this.at = from;
  }

  /** The table's text, or {@code null} when it cannot be read (not Linux). */
  static String read(Path table) {
    try {
      return new String(Files.readAllBytes(table), StandardCharsets.US_ASCII);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The next count of the line, after spaces; -1 when the line has no more, or the next is not a
   * count or is beyond a {@code long}.
   */
  long next() {
    while (at < end && text.charAt(at) == ' ') {
      at++;
    }
    int start = at;
    while (at < end && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      return -1;
    }
    try {
      return Long.parseLong(text, start, at, 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

package io.nwtn.stress.recording;

import java.nio.file.Path;

/**
 * The bytes received and sent by every network interface of this process's network namespace,
 * loopback included, from the kernel's one table of them ({@code /proc/net/dev}): one small file
 * read and scanned per sample, where walking the interfaces reads several files of each.
 */
final class NetworkCounters {

  /** Where Linux keeps the table. */
  static final Path PROC_NET_DEV = Path.of("/proc/net/dev");

  /** The totals of one reading. */
  record Totals(long receivedBytes, long sentBytes) {}

  // the columns after "name:": receive bytes, packets, errs, drop, fifo, frame, compressed,
  // multicast, then transmit bytes
  private static final int SENT_COLUMN = 8;

  private NetworkCounters() {}

  /** The table's totals now, or {@code null} when it cannot be read (not Linux). */
  static Totals read(Path table) {
    String text = KernelTable.read(table);
    return text == null ? null : totals(text);
  }

  /**
   * The totals of a table's text: every line with a {@code name:} is an interface, the two heading
   * lines have none. {@code null} when no interface line can be read, or a count is beyond a {@code
   * long}.
   */
  static Totals totals(String text) {
    try {
      return sum(text);
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static Totals sum(String text) {
    long received = 0;
    long sent = 0;
    int interfaces = 0;
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      int colon = text.indexOf(':', at);
      if (colon >= 0 && colon < end) {
        long[] row = columns(text, colon + 1);
        if (row == null) {
          return null;
        }
        received = Math.addExact(received, row[0]);
        sent = Math.addExact(sent, row[1]);
        interfaces++;
      }
      at = end + 1;
    }
    return interfaces == 0 ? null : new Totals(received, sent);
  }

  /** Columns 0 and {@link #SENT_COLUMN} of one interface's line; {@code null} if malformed. */
  private static long[] columns(String text, int from) {
    KernelTable line = new KernelTable(text, from);
    long[] row = new long[2];
    for (int column = 0; column <= SENT_COLUMN; column++) {
      long value = line.next();
      if (value < 0) {
        return null;
      }
      if (column == 0) {
        row[0] = value;
      } else if (column == SENT_COLUMN) {
        row[1] = value;
      }
    }
    return row;
  }
}

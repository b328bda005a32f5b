package io.nwtn.stress.recording;

import java.nio.file.Path;

/**
 * The machine's CPU time and memory from the kernel's own tables ({@code /proc/stat}, {@code
 * /proc/meminfo}): two small files read and scanned per sample, counted as OSHI counts them on
 * Linux, without its start (its native library, its view of every processor) or its objects per
 * reading.
 */
final class SystemCounters {

  /** Where Linux keeps the CPU times. */
  static final Path PROC_STAT = Path.of("/proc/stat");

  /** Where Linux keeps the memory figures. */
  static final Path PROC_MEMINFO = Path.of("/proc/meminfo");

  /**
   * The columns of the {@code cpu} line that are read, in their order: user, nice, system, idle,
   * iowait, irq, softirq, steal (guest time is already inside user and nice).
   */
  static final int TICK_COLUMNS = 8;

  private static final int IDLE = 3;
  private static final int IOWAIT = 4;

  /** The machine's memory: all of it, and what is available to new work without swapping. */
  record Memory(long totalBytes, long availableBytes) {}

  private SystemCounters() {}

  /** The whole machine's CPU ticks now, or {@code null} when the table cannot be read. */
  static long[] cpuTicks(Path table) {
    String text = KernelTable.read(table);
    return text == null ? null : cpuTicks(text);
  }

  /**
   * The {@value #TICK_COLUMNS} columns of the first line, {@code cpu} followed by spaces (the
   * machine's total; the {@code cpuN} lines follow it); {@code null} when there is none, a column
   * is missing or not a count.
   */
  static long[] cpuTicks(String text) {
    if (!text.startsWith("cpu ")) {
      return null;
    }
    KernelTable line = new KernelTable(text, "cpu".length());
    long[] ticks = new long[TICK_COLUMNS];
    for (int column = 0; column < TICK_COLUMNS; column++) {
      ticks[column] = line.next();
      if (ticks[column] < 0) {
        return null;
      }
    }
    return ticks;
  }

  /**
   * The share of CPU time that was busy between two readings, 0 to 1, as OSHI's {@code
   * getSystemCpuLoadBetweenTicks} gives it: everything but idle and iowait, over everything; 0 when
   * no time passed or the counters went back.
   */
  static double load(long[] before, long[] after) {
    long total = 0;
    for (int i = 0; i < TICK_COLUMNS; i++) {
      total += after[i] - before[i];
    }
    long idle = after[IDLE] + after[IOWAIT] - before[IDLE] - before[IOWAIT];
    if (total <= 0 || idle < 0 || idle > total) {
      return 0;
    }
    return (double) (total - idle) / total;
  }

  /** The machine's memory now, or {@code null} when the table cannot be read. */
  static Memory memory(Path table) {
    String text = KernelTable.read(table);
    return text == null ? null : memory(text);
  }

  /**
   * {@code MemTotal} and {@code MemAvailable} of the table, in bytes (the table gives kB); {@code
   * null} when either is missing or malformed (kernels before 3.14 have no {@code MemAvailable}:
   * OSHI estimates it there, and the monitor uses OSHI).
   */
  static Memory memory(String text) {
    long total = kilobytes(text, "MemTotal:");
    long available = kilobytes(text, "MemAvailable:");
    if (total < 0 || available < 0 || total > Long.MAX_VALUE / 1024) {
      return null;
    }
    return new Memory(total * 1024, Math.min(available, total) * 1024);
  }

  /** The count of the line that starts with {@code key}, or -1. */
  private static long kilobytes(String text, String key) {
    // 0 when the table starts with it, else after the newline before it (0 again when absent)
    int at = text.startsWith(key) ? 0 : text.indexOf("\n" + key) + 1;
    return text.startsWith(key, at) ? new KernelTable(text, at + key.length()).next() : -1;
  }
}

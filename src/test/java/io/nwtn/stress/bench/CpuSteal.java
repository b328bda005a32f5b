package io.nwtn.stress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of each CPU's time that the hypervisor gave to other machines ("steal", from {@code
 * /proc/stat}) over a span: on a virtual machine a pinned process can be slowed by neighbours that
 * no load average shows, so the benchmarks give it beside their figures.
 */
public final class CpuSteal {

  private static final Path PROC_STAT = Path.of("/proc/stat");
  private static final Pattern CPU = Pattern.compile("(cpu\\d+)\\s+(.*)");

  private final Map<String, long[]> start;

  private CpuSteal(Map<String, long[]> start) {
    this.start = start;
  }

  /** Starts a span now; on a system without {@code /proc/stat} its figures are empty. */
  public static CpuSteal start() {
    return new CpuSteal(read());
  }

  /** Steal in percent of each CPU's time since {@link #start}, e.g. {@code cpu1=2.4}. */
  public Map<String, Double> percentByCpu() {
    return percent(start, read());
  }

  /** The same as one line, e.g. {@code cpu0 0.1 %, cpu1 2.4 %}; "unknown" without figures. */
  public static String line(Map<String, Double> percent) {
    if (percent.isEmpty()) {
      return "unknown";
    }
    StringBuilder line = new StringBuilder();
    percent.forEach(
        (cpu, p) ->
            line.append(line.length() == 0 ? "" : ", ")
                .append(cpu)
                .append(' ')
                .append(String.format(Locale.ROOT, "%.1f", p))
                .append(" %"));
    return line.toString();
  }

  static Map<String, Double> percent(Map<String, long[]> before, Map<String, long[]> after) {
    Map<String, Double> percent = new LinkedHashMap<>();
    after.forEach(
        (cpu, now) -> {
          long[] then = before.get(cpu);
          if (then != null && now[0] > then[0]) {
            percent.put(cpu, BenchParts.round(100.0 * (now[1] - then[1]) / (now[0] - then[0]), 2));
          }
        });
    return percent;
  }

  /** Per CPU: {total jiffies, steal jiffies} from the lines of {@code /proc/stat}. */
  static Map<String, long[]> parse(List<String> lines) {
    Map<String, long[]> cpus = new LinkedHashMap<>();
    for (String line : lines) {
      Matcher m = CPU.matcher(line.trim());
      if (!m.matches()) {
        continue;
      }
      String[] fields = m.group(2).trim().split("\\s+");
      if (fields.length < 8) {
        continue;
      }
      long total = 0;
      // user nice system idle iowait irq softirq steal; guest time is already in user
      for (int i = 0; i < 8; i++) {
        total += Long.parseLong(fields[i]);
      }
      cpus.put(m.group(1), new long[] {total, Long.parseLong(fields[7])});
    }
    return cpus;
  }

  private static Map<String, long[]> read() {
    try {
      return parse(Files.readAllLines(PROC_STAT));
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }
}

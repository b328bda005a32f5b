package io.nwtn.stress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a JVM's CPU goes, by kind of thread, user and system time apart: read from {@code
 * /proc/self/task/<id>/stat} at two instants (Linux; elsewhere nothing). JDK Flight Recorder's
 * per-thread figures leave out the threads that are not Java threads and its CPU samples the time
 * in the kernel, which is most of a load generator's; the kernel's own counters have both. Threads
 * that ended between the two instants are counted together, from the process's counters.
 */
final class ThreadCpu {

  /** The kinds, in the order they are printed. */
  static final List<String> KINDS =
      List.of("gatling", "pool", "jit", "suite", "jvm", "other", "ended");

  private static final Path TASKS = Path.of("/proc/self/task");

  /** A thread's or the process's user and system ticks. */
  record Ticks(String name, long user, long system) {}

  private ThreadCpu() {}

  /**
   * The kind of a thread by its name: Gatling's event loops ({@code gatling-1-2}), the unnamed
   * pools (Gatling's actors run on one), the JIT compilers, the suite's own threads ({@code
   * nwtn-...}), the JVM's (collector, safepoints, ...), or other.
   */
  static String kind(String name) {
    if (name.startsWith("gatling-")) {
      return "gatling";
    }
    if (name.startsWith("pool-")) {
      return "pool";
    }
    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
      return "jit";
    }
    if (name.startsWith("nwtn-")) {
      return "suite";
    }
    if (name.startsWith("VM ")
        || name.startsWith("GC ")
        || name.startsWith("G1 ")
        || name.startsWith("ZGC")
        || name.startsWith("Z ")
        || name.equals("Service Thread")
        || name.startsWith("Sweeper")) {
      return "jvm";
    }
    return "other";
  }

  /** Every live thread's ticks by thread id, and the process's under the key {@code -1}. */
  static Map<Long, Ticks> snapshot() {
    Map<Long, Ticks> ticks = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return ticks;
    }
    try (Stream<Path> threads = Files.list(TASKS)) {
      for (Path task : threads.toList()) {
        Ticks t = read(task.resolve("stat"));
        if (t != null) {
          ticks.put(Long.parseLong(task.getFileName().toString()), t);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    Ticks process = read(Path.of("/proc/self/stat"));
    if (process != null) {
      ticks.put(-1L, process);
    }
    return ticks;
  }

  /** The ticks of a {@code stat} file; null when it is gone (the thread ended). */
  private static Ticks read(Path stat) {
    try {
      return parse(Files.readString(stat));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A {@code stat} line: the name in parentheses, then utime and stime as fields 14 and 15. */
  static Ticks parse(String stat) {
    int open = stat.indexOf('(');
    int close = stat.lastIndexOf(')');
    String[] fields = stat.substring(close + 2).trim().split(" ");
    return new Ticks(
        stat.substring(open + 1, close), Long.parseLong(fields[11]), Long.parseLong(fields[12]));
  }

  /**
   * From {@code before} to {@code after}, per kind, user and system ms ({@code [user, system]});
   * {@code ended} is the process's time not found in a live thread. Empty without figures.
   */
  static Map<String, long[]> between(Map<Long, Ticks> before, Map<Long, Ticks> after) {
    Map<String, long[]> ms = new LinkedHashMap<>();
    Ticks p0 = before.get(-1L);
    Ticks p1 = after.get(-1L);
    if (p0 == null || p1 == null) {
      return ms;
    }
    KINDS.forEach(k -> ms.put(k, new long[2]));
    long user = 0;
    long system = 0;
    for (Map.Entry<Long, Ticks> e : after.entrySet()) {
      if (e.getKey() < 0) {
        continue;
      }
      Ticks t1 = e.getValue();
      Ticks t0 = before.getOrDefault(e.getKey(), new Ticks(t1.name(), 0, 0));
      long du = t1.user() - t0.user();
      long ds = t1.system() - t0.system();
      long[] kind = ms.get(kind(t1.name()));
      kind[0] += du;
      kind[1] += ds;
      user += du;
      system += ds;
    }
    long[] ended = ms.get("ended");
    ended[0] = Math.max(0, (p1.user() - p0.user()) - user);
    ended[1] = Math.max(0, (p1.system() - p0.system()) - system);
    ms.values()
        .forEach(
            v -> {
              v[0] = v[0] * 1000 / TICKS_PER_SECOND;
              v[1] = v[1] * 1000 / TICKS_PER_SECOND;
            });
    return ms;
  }

  /** Linux's USER_HZ, 100 on every common kernel. */
  private static final long TICKS_PER_SECOND = 100;

  /** The user and system ms so far of the live threads of one kind in {@code snapshot}. */
  static long ms(Map<Long, Ticks> snapshot, String kind) {
    long ticks = 0;
    for (Map.Entry<Long, Ticks> e : snapshot.entrySet()) {
      Ticks t = e.getValue();
      if (e.getKey() >= 0 && kind.equals(kind(t.name()))) {
        ticks += t.user() + t.system();
      }
    }
    return ticks * 1000 / TICKS_PER_SECOND;
  }

  /** {@code gatling=120/80 pool=...}: user/system ms per kind, as printed on one line. */
  static String line(Map<String, long[]> ms) {
    StringBuilder b = new StringBuilder();
    ms.forEach(
        (kind, v) ->
            b.append(b.length() == 0 ? "" : " ")
                .append(kind)
                .append('=')
                .append(v[0])
                .append('/')
                .append(v[1]));
    return b.toString();
  }

  /** The line back: user and system ms per kind; empty when it holds none. */
  static Map<String, long[]> parseLine(String line) {
    Map<String, long[]> ms = new LinkedHashMap<>();
    for (String part : line.trim().split(" ")) {
      int eq = part.indexOf('=');
      int slash = part.indexOf('/', eq);
      if (eq > 0 && slash > eq) {
        ms.put(
            part.substring(0, eq),
            new long[] {
              Long.parseLong(part.substring(eq + 1, slash)),
              Long.parseLong(part.substring(slash + 1))
            });
      }
    }
    return ms;
  }
}

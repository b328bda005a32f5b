package io.nwtn.stress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import oshi.SystemInfo;

/**
 * Where a benchmark's processes run. {@code pinned}: the target (the reference orchestrator, in a
 * JVM of its own) on CPU 1 with {@code taskset -c 1}, the load generator on CPU 0 ({@code
 * scripts/bench.sh} starts the benchmark's JVM with {@code taskset -c 0}, and the Gatling JVMs and
 * wrk it starts inherit that CPU), so the figures are the generator's and not two programs fighting
 * over the same cores. {@code shared}: the same processes, unpinned, on every core. Chosen with
 * {@code -Dbench.layout=pinned|shared} (default pinned); without {@code taskset} or with fewer than
 * two cores a pinned layout falls back to shared, and {@link #note} says why.
 *
 * @param pinned true when the target and the generator each have a core
 * @param note why the layout is what it is, for the part's JSON and its output
 */
public record Layout(boolean pinned, String note) {

  static final String GENERATOR_CPU = "0";
  static final String TARGET_CPU = "1";

  /** The layout the system properties ask for, as far as this machine allows it. */
  public static Layout fromSystem() {
    String asked = System.getProperty("bench.layout", "pinned");
    if (!"pinned".equals(asked)) {
      return new Layout(
          false, "shared: target and generator unpinned, both free to use every core");
    }
    if (onPath("taskset") == null) {
      return new Layout(false, "shared: taskset not found, so nothing could be pinned");
    }
    int cores = new SystemInfo().getHardware().getProcessor().getLogicalProcessorCount();
    if (cores < 2) {
      return new Layout(false, "shared: " + cores + " core, too few to give each its own");
    }
    return new Layout(
        true,
        "pinned: target on CPU "
            + TARGET_CPU
            + " (taskset -c "
            + TARGET_CPU
            + "), load generator on CPU "
            + GENERATOR_CPU
            + " (taskset -c "
            + GENERATOR_CPU
            + ")");
  }

  /** The command prefix that puts the target on its core; empty when not pinned. */
  List<String> targetPrefix() {
    return pinned ? List.of("taskset", "-c", TARGET_CPU) : List.of();
  }

  /** {@code pinned} or {@code shared}. */
  public String name() {
    return pinned ? "pinned" : "shared";
  }

  /** The figures a part carries about its layout. */
  Map<String, Object> figures() {
    Map<String, Object> f = BenchParts.figures();
    f.put("layout", name());
    f.put("target_cpus", pinned ? TARGET_CPU : "all");
    f.put("generator_cpus", pinned ? GENERATOR_CPU : "all");
    f.put("generator_pinned_by_launcher", pinned && generatorOnOneCpu());
    f.put("note", note);
    return f;
  }

  /** True when this JVM (the generator's parent) sees one CPU, as under {@code taskset -c 0}. */
  static boolean generatorOnOneCpu() {
    return Runtime.getRuntime().availableProcessors() == 1;
  }

  static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

package io.nwtn.stress.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;

/**
 * Gathers the parts the benchmarks wrote into one {@code bench-results.json}, with the machine they
 * ran on and its load average, since figures from a busy machine read differently, and the goals of
 * the generator's parts, each met or not in the layout it was measured in ({@link PinnedGoals}).
 *
 * <p>Usage: {@code BenchResults <parts-dir> <out.json> <load-average-at-start> <quick: 0|1>}.
 */
public final class BenchResults {

  private BenchResults() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: BenchResults <parts-dir> <out.json> <load-at-start> <quick: 0|1>");
      System.exit(2);
    }
    Map<String, Object> results = BenchParts.figures();
    results.put("written_at", Instant.now().toString());
    results.put("quick", "1".equals(args[3]));
    results.put("machine", machine(args[2]));
    Map<String, Object> parts = BenchParts.figures();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path part : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = part.getFileName().toString().replaceFirst("\\.json$", "");
        parts.put(name, BenchParts.JSON.readValue(part.toFile(), new TypeReference<Object>() {}));
      }
    }
    results.put("ratios", Ratios.of(BenchParts.JSON.valueToTree(parts)));
    results.put("goals", PinnedGoals.of(BenchParts.JSON.valueToTree(parts)));
    results.put("benchmarks", parts);
    BenchParts.write(Path.of(args[1]), results);
    BenchSummary.print(BenchParts.JSON.valueToTree(results), System.out);
  }

  private static Map<String, Object> machine(String loadAtStart) {
    HardwareAbstractionLayer hw = new SystemInfo().getHardware();
    Map<String, Object> m = BenchParts.figures();
    m.put("cpu", hw.getProcessor().getProcessorIdentifier().getName().trim());
    m.put("logical_cores", hw.getProcessor().getLogicalProcessorCount());
    m.put("memory_bytes", hw.getMemory().getTotal());
    m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    m.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    m.put("load_average_at_start", loadAtStart);
    double[] load = hw.getProcessor().getSystemLoadAverage(3);
    m.put(
        "load_average_at_end",
        List.of(
            BenchParts.round(load[0], 2),
            BenchParts.round(load[1], 2),
            BenchParts.round(load[2], 2)));
    return m;
  }
}

package io.nwtn.stress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every benchmark shares: its figures go to one JSON file (a part of {@code
 * bench-results.json}), written whole or not at all, and heap peaks are read the same way.
 */
public final class BenchParts {

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchParts() {}

  /** A map that keeps the order figures were put in, so the JSON reads top to bottom. */
  /**
   * The JVM options given in {@code property} (e.g. {@code -Dbench.target-jvm="-XX:+UseZGC
   * -Xlog:gc"}), split at white space; none when it is unset.
   */
  static List<String> jvmOptions(String property) {
    String given = System.getProperty(property, "").trim();
    return given.isEmpty() ? List.of() : List.of(given.split("\\s+"));
  }

  static Map<String, Object> figures() {
    return new LinkedHashMap<>();
  }

  /** Writes {@code figures} to {@code file} through a temporary file, so a crash leaves no half. */
  static void write(Path file, Map<String, Object> figures) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    JSON.writeValue(tmp.toFile(), figures);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("figures written to " + file);
  }

  /** Starts a new heap peak: collects garbage first so the peak is what the work kept. */
  public static void resetHeapPeak() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peak usage since {@link #resetHeapPeak}, in bytes. */
  public static long heapPeakBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum();
  }

  /** {@code value} rounded to {@code places} decimals, for figures a person reads. */
  static double round(double value, int places) {
    double scale = Math.pow(10, places);
    return Math.round(value * scale) / scale;
  }

  /** The CPU time this JVM's threads used so far, in seconds. */
  static double processCpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }
}

package io.nwtn.stress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs {@code wrk} (when installed) against one URL and returns its figures. */
final class Wrk {

  private Wrk() {}

  /**
   * One thread, {@code connections} keep-alive connections, for {@code hold}; when wrk is not on
   * the PATH the figures say so instead, and the comparison is skipped.
   */
  static Map<String, Object> run(String url, int connections, Duration hold, Path work)
      throws Exception {
    Map<String, Object> figures = BenchParts.figures();
    Path wrk = onPath("wrk");
    if (wrk == null) {
      System.out.println("wrk not found on the PATH: skipping the wrk comparison");
      figures.put("skipped", "wrk not installed (Debian: apt-get install wrk)");
      return figures;
    }
    Files.createDirectories(work);
    Path log = work.resolve("wrk.out");
    List<String> command =
        List.of(
            wrk.toString(),
            "-t1",
            "-c" + connections,
            "-d" + hold.toSeconds() + "s",
            "--latency",
            url);
    System.out.printf("wrk: %d connections, %s%n", connections, hold);
    ProcessWatch.Usage usage = ProcessWatch.run(command, log, hold.toSeconds() + 60);
    WrkOutput out = WrkOutput.parse(Files.readString(log));
    figures.put("requests", out.requests());
    figures.put("errors", out.errors());
    figures.put("requests_per_second", out.requestsPerSecond());
    figures.put("p50_ms", out.p50Ms());
    figures.put("p99_ms", out.p99Ms());
    figures.put("cpu_seconds", BenchParts.round(usage.cpuSeconds(), 2));
    figures.put("cores_busy", BenchParts.round(usage.cores(), 2));
    figures.put("peak_rss_bytes", usage.peakRssBytes());
    return figures;
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

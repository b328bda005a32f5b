package io.nwtn.stress.logfile.bench;

import io.gatling.app.Gatling$;
import io.nwtn.stress.bench.BenchParts;
import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.logfile.fixture.GatlingHtmlReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The decoder benchmark (not a test): {@code compare N} times Gatling's own report generation and
 * the decoder plus an HdrHistogram on one generated log of N requests, after checking that
 * Gatling's report counts what the generator wrote; {@code memory N} decodes N requests and prints
 * the peak heap, to be run with a small {@code -Xmx}. See {@code make bench-decoder}.
 */
public final class DecoderBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Path RESULTS = Path.of("target", "bench", "results").toAbsolutePath();

  private DecoderBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !(args[0].equals("compare") || args[0].equals("memory"))) {
      System.err.println("usage: DecoderBenchmark compare|memory <requests>");
      System.exit(2);
    }
    long requests = Long.parseLong(args[1]);
    String runId = "generated-" + requests;
    Path log = RESULTS.resolve(runId).resolve("simulation.log");
    LargeLogGenerator.Counts counts = new LargeLogGenerator(1).write(log, requests);
    System.out.printf("Generated %,d requests (%,d bytes) in %s%n", requests, Files.size(log), log);
    if (args[0].equals("compare")) {
      compare(runId, log, counts);
    } else {
      memory(log);
    }
  }

  private static void compare(String runId, Path log, LargeLogGenerator.Counts counts)
      throws Exception {
    long t0 = System.nanoTime();
    int status = Gatling$.MODULE$.fromArgs(new String[] {"-ro", runId, "-rf", RESULTS.toString()});
    double gatlingSeconds = (System.nanoTime() - t0) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("Gatling's report generation ended with status " + status);
    }
    checkAgainstGatling(GatlingHtmlReport.read(log.getParent()), counts);
    Decoded first = decode(log);
    Decoded second = decode(log);
    System.out.printf("Gatling report generation: %.2f s%n", gatlingSeconds);
    System.out.printf("Decoder + HdrHistogram, 1st run: %s%n", first);
    System.out.printf("Decoder + HdrHistogram, 2nd run: %s%n", second);
    System.out.printf("Speed-up (1st run): %.1fx%n", gatlingSeconds / first.seconds());
  }

  private static void memory(Path log) throws Exception {
    BenchParts.resetHeapPeak();
    Decoded decoded = decode(log);
    long peak = BenchParts.heapPeakBytes();
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf("Decoder + HdrHistogram: %s%n", decoded);
    System.out.printf(
        "Peak heap while decoding (sum of heap pool peaks): %.1f MB of %.1f MB max heap%n",
        peak / 1e6, max / 1e6);
  }

  private static void checkAgainstGatling(
      GatlingHtmlReport report, LargeLogGenerator.Counts counts) {
    for (Map.Entry<String, long[]> entry : counts.requests().entrySet()) {
      GatlingHtmlReport.Row row = report.rows().get(entry.getKey());
      long[] written = entry.getValue();
      if (row == null || row.ok() != written[0] || row.ko() != written[1]) {
        throw new IllegalStateException(
            "Gatling's report disagrees on " + entry.getKey() + ": " + row);
      }
    }
    if (report.all().total() != counts.total()) {
      throw new IllegalStateException("Gatling's report counts " + report.all().total());
    }
    System.out.printf(
        "Gatling's report accepts the log and counts the same %,d requests per name and status%n",
        counts.total());
  }

  /** One decoding pass: records seen, requests histogrammed, wall time. */
  record Decoded(long records, long requests, long p95, double seconds, double cpuSeconds) {
    @Override
    public String toString() {
      return String.format(
          "%,d records (%,d requests, p95 %d ms) in %.3f s wall = %,.0f records/s"
              + " (%.3f s CPU = %,.0f records/s per CPU second)",
          records, requests, p95, seconds, records / seconds, cpuSeconds, records / cpuSeconds);
    }
  }

  private static Decoded decode(Path log) throws IOException, LogFormatException {
    Histogram histogram = new Histogram(1, 3_600_000, 3);
    long[] records = new long[1];
    long cpu0 = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    SimulationLogReader.read(
        log,
        new LogVisitor() {
          @Override
          public void request(LogRecord.Request request) {
            records[0]++;
            histogram.recordValue(request.responseTimeMs());
          }

          @Override
          public void user(LogRecord.User user) {
            records[0]++;
          }
        });
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new Decoded(
        records[0],
        histogram.getTotalCount(),
        histogram.getValueAtPercentile(95),
        seconds,
        cpuSeconds);
  }
}

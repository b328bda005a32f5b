package io.nwtn.stress.bench;

import io.gatling.app.Gatling$;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.logfile.bench.LargeLogGenerator;
import io.nwtn.stress.report.ReportMain;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.settings.SettingsLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The post-processor ({@code ReportMain}, the standalone report command) on a generated Gatling
 * 3.15.1 {@code simulation.log} of N requests, against Gatling's own report generation ({@code
 * -ro}) on the same log: wall and CPU time, records per second and the peak heap, each in a JVM of
 * its own so neither warms the other.
 *
 * <p>Usage: {@code PostProcessorBenchmark postprocessor|gatling <requests> <out.json>}; the log is
 * written to {@code target/bench/results/generated-<requests>/} when missing.
 */
public final class PostProcessorBenchmark {

  private static final Path RESULTS = Path.of("target", "bench", "results").toAbsolutePath();

  private PostProcessorBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3 || !(args[0].equals("postprocessor") || args[0].equals("gatling"))) {
      System.err.println(
          "usage: PostProcessorBenchmark postprocessor|gatling <requests> <out.json>");
      System.exit(2);
    }
    long requests = Long.parseLong(args[1]);
    String runId = "generated-" + requests;
    Path folder = RESULTS.resolve(runId);
    Path log = folder.resolve("simulation.log");
    if (!Files.isRegularFile(log)) {
      LargeLogGenerator.main(new String[] {log.toString(), Long.toString(requests)});
    }
    BenchParts.resetHeapPeak();
    long startMs = System.currentTimeMillis();
    double cpu0 = BenchParts.processCpuSeconds();
    long t0 = System.nanoTime();
    int status =
        args[0].equals("gatling")
            ? Gatling$.MODULE$.fromArgs(new String[] {"-ro", runId, "-rf", RESULTS.toString()})
            : ReportMain.run(new String[] {folder.toString()}, quiet(), System.err);
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = BenchParts.processCpuSeconds() - cpu0;
    long peak = BenchParts.heapPeakBytes();
    // A FAILED verdict is the generated run's (its P95 is over 2 s), and a generated log has no
    // sidecar, so its reports are marked incomplete (status 3); only reports not written stop the
    // benchmark.
    boolean failed =
        args[0].equals("gatling")
            ? status != 0
            : status == ExitStatus.BAD_INPUT || !reportsWrittenSince(runId, startMs);
    if (failed) {
      throw new IllegalStateException(args[0] + " ended with status " + status);
    }
    long records = records(log);
    Map<String, Object> figures = BenchParts.figures();
    figures.put("tool", args[0]);
    figures.put("requests", requests);
    figures.put("records", records);
    figures.put("log_bytes", Files.size(log));
    figures.put("wall_seconds", BenchParts.round(seconds, 3));
    figures.put("cpu_seconds", BenchParts.round(cpu, 3));
    figures.put("records_per_second", Math.round(records / seconds));
    figures.put("peak_heap_bytes", peak);
    figures.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
    figures.put("jvm_options", ManagementFactory.getRuntimeMXBean().getInputArguments());
    BenchParts.write(Path.of(args[2]), figures);
    System.exit(0);
  }

  /** Counts the log's records after the timed work, so the count costs the timing nothing. */
  private static long records(Path log) throws Exception {
    long[] count = {0};
    SimulationLogReader.read(
        log,
        new LogVisitor() {
          @Override
          public void request(LogRecord.Request r) {
            count[0]++;
          }

          @Override
          public void user(LogRecord.User u) {
            count[0]++;
          }

          @Override
          public void group(LogRecord.Group g) {
            count[0]++;
          }

          @Override
          public void error(LogRecord.Error e) {
            count[0]++;
          }
        });
    return count[0];
  }

  /** The report command's console summary would only slow it down here; errors still show. */
  private static PrintStream quiet() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  private static boolean reportsWrittenSince(String runId, long startMs) throws IOException {
    Path results =
        ReportSettings.fromConfig(SettingsLoader.load())
            .outputDir()
            .resolve(runId)
            .resolve(ReportFiles.RESULTS);
    return Files.isRegularFile(results)
        && Files.getLastModifiedTime(results).toMillis() >= startMs - 1000;
  }
}

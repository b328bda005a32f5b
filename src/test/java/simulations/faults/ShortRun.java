package simulations.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.launch.ExitPath;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.report.ReportMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import simulations.NwtnStressSimulation;

/**
 * A few seconds of the stress simulation through Gatling in this JVM against a target URL, then the
 * post-processor over its run folder, as {@code mvn gatling:test} would do: 4 users, 1 s / 3 s / 1
 * s, think times of 100-200 ms.
 *
 * @param gatlingExit Gatling's own exit code
 * @param reportExit the post-processor's exit code (the suite's verdict)
 * @param wallMs how long Gatling ran
 * @param folder the Gatling run folder
 * @param reports the run's report folder
 * @param results {@code nwtn_stress_test_results.json}
 * @param errors {@code error_breakdown.json}
 * @param logRequests the request records of {@code simulation.log} by request name
 */
record ShortRun(
    int gatlingExit,
    int reportExit,
    long wallMs,
    Path folder,
    Path reports,
    String reportErr,
    JsonNode results,
    JsonNode errors,
    Map<String, Long> logRequests) {

  /** The planned length of the load: ramp-up, steady and ramp-down. */
  static final long PLANNED_MS = 5_000;

  static ShortRun of(Path dir, String url, Map<String, String> extra) throws Exception {
    Map<String, String> props = new HashMap<>();
    props.put("url", url);
    props.put("profile", "smoke");
    props.put("nwtn.load.users", "4");
    props.put("nwtn.load.ramp-up", "1s");
    props.put("nwtn.load.steady", "3s");
    props.put("nwtn.load.ramp-down", "1s");
    props.put("nwtn.load.think-time.min", "100ms");
    props.put("nwtn.load.think-time.max", "200ms");
    props.put("nwtn.target.embedded", "never");
    props.put("nwtn.report.gatling-results", dir.resolve("gatling").toString());
    props.put("nwtn.report.output-dir", dir.resolve("nwtn").toString());
    props.put("nwtn.report.sample-interval", "500ms");
    props.putAll(extra);
    props.forEach(System::setProperty);
    try {
      long t0 = System.nanoTime();
      int exit =
          ExitPath.runInThisJvm(
              new String[] {
                "-s", NwtnStressSimulation.class.getName(), "-rf", dir.resolve("gatling").toString()
              });
      long wallMs = (System.nanoTime() - t0) / 1_000_000;
      Path folder = ReportMain.newestRun(dir.resolve("gatling")).orElseThrow();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int reportExit =
          ReportMain.run(
              new String[] {folder.toString()},
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      Path reports = dir.resolve("nwtn").resolve(folder.getFileName().toString());
      ObjectMapper json = new ObjectMapper();
      return new ShortRun(
          exit,
          reportExit,
          wallMs,
          folder,
          reports,
          err.toString(StandardCharsets.UTF_8),
          json.readTree(reports.resolve(ReportFiles.RESULTS).toFile()),
          json.readTree(reports.resolve(ReportFiles.ERRORS).toFile()),
          countRequests(folder.resolve("simulation.log")));
    } finally {
      props.keySet().forEach(System::clearProperty);
      // ConfigFactory caches system properties; later tests must see the defaults again
      ConfigFactory.invalidateCaches();
    }
  }

  private static Map<String, Long> countRequests(Path log) throws Exception {
    Map<String, Long> counts = new HashMap<>();
    SimulationLogReader.read(
        log,
        new LogVisitor() {
          @Override
          public void request(LogRecord.Request r) {
            counts.merge(r.name(), 1L, Long::sum);
          }
        });
    return counts;
  }

  /** Request records of the log that are Phase 1 queries (not injected ones). */
  long phaseOneInLog() {
    return logRequests.entrySet().stream()
        .filter(e -> e.getKey().endsWith(" query"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Request records of the log that are injected bad requests. */
  long injectedInLog() {
    return logRequests.entrySet().stream()
        .filter(e -> e.getKey().startsWith("injected "))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}

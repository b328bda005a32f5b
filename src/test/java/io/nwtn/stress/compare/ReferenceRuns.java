package io.nwtn.stress.compare;

import io.nwtn.stress.analysis.Completeness;
import io.nwtn.stress.analysis.FaultFindings;
import io.nwtn.stress.analysis.LogAnalysis;
import io.nwtn.stress.analysis.RunLog;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.report.ReportOutput;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.ReportSettings;
import io.nwtn.stress.testing.References;
import io.nwtn.stress.verdict.RunReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Short real runs: the reference orchestrator on port 0, a fixed number of session requests over
 * HTTP from a closed pool of users, and each answer fed to the report model as Gatling would log
 * it. Cheaper than a Gatling run, and every response time is a real one.
 */
final class ReferenceRuns {

  private static final String[] CLASSES = {"simple", "medium", "simple", "medium", "complex"};
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private ReferenceRuns() {}

  /** Runs {@code requests} sessions with {@code users} in flight and writes the reports. */
  static Path run(String name, double latencyFactor, int requests, int users, Path outputDir)
      throws Exception {
    ReferenceSettings settings =
        References.settings("nwtn.reference.faults.latency-factor = " + latencyFactor);
    ConcurrentLinkedQueue<LogRecord.Request> answers = new ConcurrentLinkedQueue<>();
    long start;
    long end;
    try (ReferenceOrchestrator server = ReferenceOrchestrator.start(settings, "127.0.0.1", 0)) {
      URI uri = server.baseUri().resolve("/api/v1/sessions");
      Semaphore slots = new Semaphore(users);
      CompletableFuture<?>[] all = new CompletableFuture<?>[requests];
      start = System.currentTimeMillis();
      for (int i = 0; i < requests; i++) {
        slots.acquire();
        all[i] =
            send(uri, CLASSES[i % CLASSES.length], i, answers)
                .whenComplete((r, e) -> slots.release());
      }
      CompletableFuture.allOf(all).join();
      end = System.currentTimeMillis();
    }
    Limits limits =
        new Limits(
            2000,
            1000,
            0.95,
            users,
            0,
            end - start,
            0,
            Limits.contractTargets(),
            Limits.PIPELINE_INTEGRITY);
    LogAnalysis analysis = new LogAnalysis(limits.rampUpMs());
    RunLog log = RunLog.of(analysis);
    log.header(new LogHeader("3.15.1", "reference-runs", start, name, List.of("nwtn"), 0));
    for (int u = 0; u < users; u++) {
      log.user(new LogRecord.User("nwtn", true, start));
    }
    answers.stream()
        .sorted((a, b) -> Long.compare(a.endEpochMs(), b.endEpochMs()))
        .forEach(log::request);
    for (int u = 0; u < users; u++) {
      log.user(new LogRecord.User("nwtn", false, end));
    }

    ReportSettings rs =
        new ReportSettings(
            outputDir, outputDir, Duration.ofSeconds(2), Duration.ofSeconds(1), false);
    ReportOutput.write(
        RunReport.of(name, analysis, null, limits, rs, findings(log, limits)),
        outputDir,
        outputDir);
    return outputDir.resolve(name);
  }

  private static CompletableFuture<HttpResponse<Void>> send(
      URI uri, String complexity, int i, ConcurrentLinkedQueue<LogRecord.Request> answers) {
    String body =
        "{\"prompt\":\"What is machine learning? (query "
            + i
            + ")\",\"user_id\":\"stress_user_"
            + i
            + "\",\"context_allocation\":200,\"preferences\":{\"complexity\":\""
            + complexity
            + "\"}}";
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long sent = System.currentTimeMillis();
    return CLIENT
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete(
            (r, e) -> {
              boolean ok = e == null && r.statusCode() == 200;
              String message =
                  ok
                      ? null
                      : e != null
                          ? e.toString()
                          : "status.find.in(200), but actually found " + r.statusCode();
              answers.add(
                  new LogRecord.Request(
                      List.of(),
                      "session " + complexity,
                      sent,
                      System.currentTimeMillis(),
                      ok,
                      message));
            });
  }

  /** The fault sections of a complete run, read from the same records as the report. */
  private static FaultFindings findings(RunLog log, Limits limits) {
    return FaultFindings.of(log, null, limits.successRate(), new Completeness(List.of()));
  }
}

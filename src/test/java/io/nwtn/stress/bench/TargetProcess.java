package io.nwtn.stress.bench;

import io.nwtn.stress.testing.BoundedProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reference orchestrator as the target of a benchmark, in a JVM of its own ({@code
 * ReferenceMain}, as {@code make run} starts it) on 127.0.0.1 and a free port, on its own CPU when
 * the {@link Layout} is pinned. The process is bounded twice: {@code timeout} ends it at its limit
 * even if this JVM dies first, and {@link #close} (or this JVM's shutdown) kills it.
 */
public final class TargetProcess implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final BoundedProcess process;
  private final URI baseUri;
  private final Thread hook;

  private TargetProcess(BoundedProcess process, URI baseUri) {
    this.process = process;
    this.baseUri = baseUri;
    this.hook = new Thread(this::kill, "bench-target-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts the target with {@code settings} ({@code nwtn.reference.*} keys and values) over the
   * defaults, no token, output to {@code log}; returns once {@code GET /health} answers 200.
   */
  public static TargetProcess start(
      Layout layout, Map<String, String> settings, Path log, Duration limit)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(layout.targetPrefix());
    command.addAll(
        List.of(
            "timeout",
            "--kill-after=5",
            Long.toString(limit.toSeconds()),
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "@" + jvmOptions()));
    // -Dbench.target-jvm="-XX:+UseZGC ...": more options for the target's JVM, to compare
    // collectors
    command.addAll(BenchParts.jvmOptions("bench.target-jvm"));
    command.addAll(
        List.of(
            "-cp",
            classPath(),
            "-Dnwtn.reference.host=127.0.0.1",
            "-Dnwtn.reference.port=" + port,
            "-Dnwtn.reference.auth.token="));
    settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("io.nwtn.stress.reference.ReferenceMain");
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("NWTN_REFERENCE_TOKEN");
    TargetProcess target =
        new TargetProcess(
            BoundedProcess.start(builder, log, null), URI.create("http://127.0.0.1:" + port));
    try {
      target.awaitHealthy(log);
    } catch (IOException | InterruptedException | RuntimeException e) {
      target.close();
      throw e;
    }
    System.out.println(
        "target: reference orchestrator at " + target.baseUri + "; " + layout.note());
    return target;
  }

  public URI baseUri() {
    return baseUri;
  }

  /** The target's process id, e.g. to sample its CPU time. */
  public long pid() {
    return process.process().pid();
  }

  private void awaitHealthy(Path log) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health =
        HttpRequest.newBuilder(baseUri.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.process().isAlive()) {
        throw new IllegalStateException(
            "the reference orchestrator ended before answering; see " + log);
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "the reference orchestrator did not answer /health within "
            + START_LIMIT.toSeconds()
            + " s; see "
            + log);
  }

  /**
   * The class path to start it with: the class loader's when the benchmark runs inside Maven
   * ({@code exec:java}), this JVM's otherwise.
   */
  /**
   * The reference orchestrator's own JVM options, those {@code deploy/nwtn.sh reference} starts it
   * with: {@code deploy/reference.jvm} under the working directory (the project's).
   */
  static Path jvmOptions() {
    Path options = Path.of("deploy", "reference.jvm").toAbsolutePath();
    if (!Files.isRegularFile(options)) {
      throw new IllegalStateException(
          "the reference orchestrator's JVM options are missing: " + options);
    }
    return options;
  }

  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
        && loader.getURLs().length > 0) {
      return Arrays.stream(loader.getURLs())
          .map(URL::getPath)
          .collect(Collectors.joining(java.io.File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void kill() {
    try {
      process.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs or ran already
    }
  }
}

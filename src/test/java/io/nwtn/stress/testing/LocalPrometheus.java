package io.nwtn.stress.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Prometheus (Debian's package, {@code make install-monitoring}) started for a test on a
 * free port of the loopback address, with its data in a folder of the test, and its HTTP API. It
 * runs through {@link BoundedProcess}, so closing it kills it, and nothing outlives the test.
 */
public final class LocalPrometheus implements AutoCloseable {

  /** The line the web server logs once bound, with the port it chose for {@code :0}. */
  private static final Pattern LISTENING =
      Pattern.compile("msg=\"Listening on\" address=127\\.0\\.0\\.1:(\\d+)");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final BoundedProcess process;
  private final URI url;

  private LocalPrometheus(BoundedProcess process, URI url) {
    this.process = process;
    this.url = url;
  }

  /** {@code name} (prometheus, promtool) on the PATH, if installed. */
  public static Optional<Path> binary(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Starts Prometheus with {@code config} on port 0 and waits until it is ready. */
  public static LocalPrometheus start(Path binary, Path config, Path dir) throws Exception {
    Path log = dir.resolve("prometheus.log");
    BoundedProcess p =
        BoundedProcess.start(
            new ProcessBuilder(
                List.of(
                    binary.toString(),
                    "--config.file=" + config,
                    "--storage.tsdb.path=" + dir.resolve("data"),
                    "--web.listen-address=127.0.0.1:0")),
            log,
            null);
    try {
      int[] port = {0};
      Eventually.await(
          "Prometheus listening (its log: " + log + ")",
          Duration.ofSeconds(30),
          () -> (port[0] = port(log)) > 0 || !p.process().isAlive());
      if (port[0] == 0) {
        throw new AssertionError("Prometheus ended at start:\n" + p.out());
      }
      LocalPrometheus prometheus =
          new LocalPrometheus(p, URI.create("http://127.0.0.1:" + port[0]));
      Eventually.await("Prometheus ready", Duration.ofSeconds(30), prometheus::ready);
      return prometheus;
    } catch (Exception | Error e) {
      p.close();
      throw e;
    }
  }

  private static int port(Path log) {
    try {
      Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private boolean ready() {
    try {
      return send("/-/ready").statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
  public URI url() {
    return url;
  }

  /**
   * An instant query's {@code data.result}; fails with Prometheus's error when the expression does
   * not evaluate.
   */
  public JsonNode query(String expr) throws IOException {
    JsonNode body = api("/api/v1/query?query=" + URLEncoder.encode(expr, StandardCharsets.UTF_8));
    return body.path("data").path("result");
  }

  /** A GET of the HTTP API whose {@code status} must be {@code success}. */
  public JsonNode api(String pathAndQuery) throws IOException {
    HttpResponse<String> r = send(pathAndQuery);
    JsonNode body = JSON.readTree(r.body());
    if (r.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
      throw new AssertionError(pathAndQuery + ": " + r.statusCode() + " " + r.body());
    }
    return body;
  }

  private HttpResponse<String> send(String pathAndQuery) throws IOException {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(url + pathAndQuery))
              .timeout(Duration.ofSeconds(10))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Its log so far, for a failure's message. */
  public String log() throws IOException {
    return process.out();
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}

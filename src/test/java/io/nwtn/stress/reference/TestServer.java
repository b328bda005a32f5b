package io.nwtn.stress.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.testing.References;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Starts a reference orchestrator on port 0 with setting overrides, and talks to it over HTTP. */
final class TestServer implements AutoCloseable {

  /** Pipelines a hundred times faster than the defaults, so a test waits milliseconds. */
  static final String FAST = "nwtn.reference.faults.latency-factor = 0.01\n";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  final ReferenceOrchestrator server;

  private TestServer(ReferenceOrchestrator server) {
    this.server = server;
  }

  static ReferenceSettings settings(String hocon) {
    return References.settings(hocon);
  }

  static TestServer start(String hocon) {
    return new TestServer(ReferenceOrchestrator.start(settings(hocon), "127.0.0.1", 0));
  }

  URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  static String session(String complexity, int allocation) {
    return "{\"prompt\":\"What is machine learning?\",\"user_id\":\"stress_user_0001\","
        + "\"context_allocation\":"
        + allocation
        + (complexity == null ? "" : ",\"preferences\":{\"complexity\":\"" + complexity + "\"}")
        + "}";
  }

  HttpResponse<byte[]> post(String path, String body, String... headers) {
    return send(postRequest(path, body, headers).build());
  }

  CompletableFuture<HttpResponse<byte[]>> postAsync(String body) {
    return sendAsync(postRequest("/api/v1/sessions", body).build());
  }

  static CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpRequest request) {
    return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpRequest.Builder postRequest(String path, String body, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return headers.length == 0 ? builder : builder.headers(headers);
  }

  HttpResponse<byte[]> request(String method, String path, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<byte[]> get(String path) {
    return request("GET", path, null);
  }

  static HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<byte[]> response) {
    try {
      return ResponseContract.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The contract's error code of an answer, or null. */
  static String errorCode(HttpResponse<byte[]> response) {
    return ResponseContract.errorBody(response.body()).map(e -> e.error()).orElse(null);
  }

  @Override
  public void close() {
    server.close();
  }
}

package io.nwtn.stress.distributed;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ResponseContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Reads the target's {@code uptime_seconds} from {@code GET /health} with this machine's clock. */
public final class TargetClockProbe {

  private TargetClockProbe() {}

  /** The reading, or empty when the target does not answer or reports no uptime. */
  public static Optional<InjectorManifest.TargetClock> read(URI baseUri, Duration timeout) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
    HttpRequest request =
        HttpRequest.newBuilder(baseUri.resolve("/health")).timeout(timeout).GET().build();
    try {
      long sent = System.currentTimeMillis();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long received = System.currentTimeMillis();
      JsonNode uptime = ResponseContract.mapper().readTree(response.body()).path("uptime_seconds");
      return uptime.isNumber()
          ? Optional.of(new InjectorManifest.TargetClock(sent, received, uptime.asDouble()))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}

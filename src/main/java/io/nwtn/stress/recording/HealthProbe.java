package io.nwtn.stress.recording;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.target.ProbeGet;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the target's {@code GET /health}: circuit-breaker state and activations, and the {@code
 * resources} object where the target reports one. A target that does not answer is recorded as
 * unreachable, never an error: the run's own figures still decide. The answer's headers are due
 * within the timeout, connection included ({@link ProbeGet}).
 */
public final class HealthProbe {

  private static final Map<String, String> HEADERS = ProbeGet.headers("*/*", Optional.empty());

  private final URI health;
  private final Duration timeout;

  /** A probe of {@code baseUri}'s {@code /health}. */
  public HealthProbe(URI baseUri, Duration timeout) {
    this.health = baseUri.resolve("/health");
    this.timeout = timeout;
  }

  public Sidecar.HealthSnapshot sample() {
    long now = System.currentTimeMillis();
    try {
      return parse(now, ProbeGet.get(health, HEADERS, timeout, false).body());
    } catch (IOException e) {
      return new Sidecar.HealthSnapshot(now, false, null, null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sidecar.HealthSnapshot(now, false, null, null, null);
    }
  }

  /** Parses a {@code /health} body; a body that is not JSON leaves every field empty. */
  static Sidecar.HealthSnapshot parse(long epochMs, byte[] body) {
    try {
      JsonNode root = ResponseContract.mapper().readTree(body);
      JsonNode breaker = root.path("circuit_breaker");
      JsonNode activations = breaker.path("activations");
      Map<String, Object> resources =
          root.path("resources").isObject()
              ? ResponseContract.mapper()
                  .convertValue(root.get("resources"), new TypeReference<Map<String, Object>>() {})
              : null;
      return new Sidecar.HealthSnapshot(
          epochMs,
          true,
          breaker.path("state").isTextual() ? breaker.get("state").asText() : null,
          activations.isIntegralNumber() ? activations.asLong() : null,
          resources);
    } catch (IOException | RuntimeException e) {
      return new Sidecar.HealthSnapshot(epochMs, true, null, null, null);
    }
  }
}

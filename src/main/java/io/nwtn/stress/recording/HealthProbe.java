package io.nwtn.stress.recording;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.target.ProbeGet;
import java.io.IOException;
import java.math.BigInteger;
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

  // the type resolved once, not on every sample
  private static final ObjectReader OBJECT =
      ResponseContract.mapper().readerFor(new TypeReference<Map<String, Object>>() {});

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

  /**
   * Parses a {@code /health} body, read once into plain maps (no tree converted afterwards); a body
   * that is not a JSON object leaves every field empty.
   */
  static Sidecar.HealthSnapshot parse(long epochMs, byte[] body) {
    try {
      Map<String, Object> root = OBJECT.readValue(body);
      Map<?, ?> breaker =
          root != null && root.get("circuit_breaker") instanceof Map<?, ?> m ? m : Map.of();
      Object activations = breaker.get("activations");
      return new Sidecar.HealthSnapshot(
          epochMs,
          true,
          breaker.get("state") instanceof String state ? state : null,
          activations instanceof Integer
                  || activations instanceof Long
                  || activations instanceof BigInteger
              ? ((Number) activations).longValue()
              : null,
          root != null && root.get("resources") instanceof Map<?, ?> ? resources(root) : null);
    } catch (IOException | RuntimeException e) {
      return new Sidecar.HealthSnapshot(epochMs, true, null, null, null);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resources(Map<String, Object> root) {
    return (Map<String, Object>) root.get("resources");
  }
}

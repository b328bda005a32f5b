package io.nwtn.stress.target;

import io.nwtn.stress.settings.TargetSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/** Asks a target's {@code GET /health} whether it takes work, before any load. */
public final class Preflight {

  private Preflight() {}

  /** One {@code GET /health} within the health timeout. Never throws. */
  public static Health check(TargetSettings target) {
    HttpClient client =
        HttpClient.newBuilder()
            // No h2c upgrade: one plain HTTP/1.1 exchange, as every orchestrator speaks it.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(target.healthTimeout())
            .build();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.resolve("/health")).timeout(target.healthTimeout()).GET();
    target.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200
          ? new Health.Healthy(response.body())
          : new Health.Unhealthy(response.statusCode());
    } catch (HttpTimeoutException e) {
      return new Health.NoAnswer("no answer within " + target.healthTimeout().toMillis() + "ms");
    } catch (ConnectException e) {
      return new Health.Unreachable("connection refused");
    } catch (UnresolvedAddressException e) {
      return new Health.Unreachable("unknown host");
    } catch (IOException e) {
      return new Health.Unreachable(e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Health.Unreachable("interrupted");
    }
  }
}

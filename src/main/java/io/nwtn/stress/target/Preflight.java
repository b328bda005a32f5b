package io.nwtn.stress.target;

import io.nwtn.stress.settings.TargetSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/** Asks a target's {@code GET /health} whether it takes work, before any load. */
public final class Preflight {

  private Preflight() {}

  /**
   * One {@code GET /health} within the health timeout (connection and headers), one plain HTTP/1.1
   * exchange as every orchestrator speaks it. Never throws.
   */
  public static Health check(TargetSettings target) {
    Map<String, String> headers = ProbeGet.headers("*/*", target.token());
    try {
      ProbeGet.Answer answer =
          ProbeGet.get(target.resolve("/health"), headers, target.healthTimeout(), false);
      return answer.status() == 200
          ? new Health.Healthy(answer.text())
          : new Health.Unhealthy(answer.status());
    } catch (HttpTimeoutException e) {
      return new Health.NoAnswer("no answer within " + target.healthTimeout().toMillis() + "ms");
    } catch (ConnectException e) {
      return new Health.Unreachable("connection refused");
    } catch (UnknownHostException e) {
      return new Health.Unreachable("unknown host");
    } catch (IOException e) {
      return new Health.Unreachable(e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Health.Unreachable("interrupted");
    }
  }
}

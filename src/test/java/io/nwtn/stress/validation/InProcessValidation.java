package io.nwtn.stress.validation;

import io.nwtn.stress.settings.ValidationScenario;
import io.nwtn.stress.settings.ValidationSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a validation's requests one after another over real HTTP, as the simulation does, with the
 * same request body and answer classification, so tests can drive many faults in seconds.
 */
final class InProcessValidation {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private InProcessValidation() {}

  static List<ScenarioRun> run(URI base, ValidationSettings settings, Duration timeout) {
    List<ScenarioRun> runs = new ArrayList<>();
    for (ValidationScenario scenario : settings.scenarios()) {
      for (int run = 1; run <= settings.repetitions(); run++) {
        runs.add(send(base, settings, scenario, run, timeout));
      }
    }
    return runs;
  }

  /** One request of the first scenario, left out of the results. */
  static void warmUp(URI base, ValidationSettings settings) {
    send(base, settings, settings.scenarios().get(0), 1, Duration.ofSeconds(10));
  }

  private static ScenarioRun send(
      URI base,
      ValidationSettings settings,
      ValidationScenario scenario,
      int run,
      Duration timeout) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(ValidationRequest.PATH))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    ValidationRequest.body(scenario, run, settings.userIdPrefix())))
            .build();
    long start = System.currentTimeMillis();
    int status = 0;
    byte[] body = new byte[0];
    try {
      HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
      status = response.statusCode();
      body = response.body();
    } catch (HttpTimeoutException e) {
      // no answer in time: recorded as status 0, as the simulation records it
    } catch (IOException e) {
      // connection failure: status 0 as well
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long end = System.currentTimeMillis();
    return new ScenarioRun(
        scenario, run, ValidationRequest.sample(scenario, start, end, status, body));
  }
}

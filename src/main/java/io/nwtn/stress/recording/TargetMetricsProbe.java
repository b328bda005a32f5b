package io.nwtn.stress.recording;

import io.nwtn.stress.settings.TargetMetricsSettings;
import io.nwtn.stress.target.ProbeGet;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the target's own Prometheus metrics: tried once before the load ({@link #open}); a target
 * that does not serve them is said once and never asked again, and one that does is read by the
 * resource sampler's thread, never by Gatling's. A failed read is a gap, never an error.
 */
public final class TargetMetricsProbe {

  private static final String ACCEPT = "text/plain;version=0.0.4;q=0.9,*/*;q=0.1";

  private final URI url;
  private final Map<String, String> headers;
  private final Duration timeout;

  private TargetMetricsProbe(URI url, Optional<String> token, Duration timeout) {
    this.url = url;
    this.headers = ProbeGet.headers(ACCEPT, token);
    this.timeout = timeout;
  }

  /**
   * The one try before the load.
   *
   * @param probe the probe to sample with, or {@code null} when the target serves no metrics
   * @param detail why there is no probe, for the sidecar; {@code null} when there is one
   * @param line the one console line that says what was found
   */
  public record Opening(TargetMetricsProbe probe, String runtime, String detail, String line) {}

  /**
   * Tries the target's metrics once.
   *
   * @param token the run's bearer token, sent only when the settings allow it
   */
  public static Opening open(
      TargetMetricsSettings settings, Optional<String> token, Duration timeout) {
    if (settings.url().isEmpty()) {
      String off = "not read (nwtn.target.metrics-url=none)";
      return new Opening(null, null, off, "NWTN target metrics: " + off);
    }
    TargetMetricsProbe probe =
        new TargetMetricsProbe(
            settings.url().get(), settings.sendToken() ? token : Optional.empty(), timeout);
    String problem;
    try {
      ProbeGet.Answer r = probe.fetch();
      List<PrometheusText.Sample> samples = PrometheusText.parse(r.text());
      problem = problem(r.status(), samples);
      if (problem == null) {
        String runtime = TargetMetricsReading.runtime(samples);
        String line =
            "NWTN target metrics: "
                + settings.source()
                + (runtime == null ? "" : " (" + runtime + ")")
                + ", read once a second";
        return new Opening(probe, runtime, null, line);
      }
    } catch (IOException e) {
      problem = why(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    String detail = settings.source() + ": " + problem;
    return new Opening(
        null,
        null,
        detail,
        "NWTN target metrics: none at "
            + detail
            + "; the run goes on without the target's CPU and memory");
  }

  /** What is wrong with an answer for reading the target's resources; {@code null}: nothing. */
  private static String problem(int status, List<PrometheusText.Sample> samples) {
    if (status != 200) {
      return "answered " + status;
    }
    Sidecar.TargetSample first = TargetMetricsReading.of(0, samples);
    return first.cpuSeconds() == null && first.residentBytes() == null
        ? "no process_cpu_seconds_total or process_resident_memory_bytes there"
        : null;
  }

  private static String why(IOException e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    return e instanceof HttpTimeoutException
        ? e.getMessage()
        : "no answer (" + e.getClass().getSimpleName() + ")";
  }

  /** One reading now, or {@code null} when the target did not answer with its metrics. */
  public Sidecar.TargetSample sample() {
    long now = System.currentTimeMillis();
    try {
      ProbeGet.Answer r = fetch();
      return r.status() == 200
          ? TargetMetricsReading.of(
              now, PrometheusText.parse(r.text(), TargetMetricsReading.METRICS))
          : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * One exchange within the timeout, its body included: a target that dribbles its body must not
   * hold up the sampler.
   */
  private ProbeGet.Answer fetch() throws IOException, InterruptedException {
    return ProbeGet.get(url, headers, timeout, true);
  }
}

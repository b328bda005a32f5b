package io.nwtn.stress.monitoring;

import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.AbortSettings;
import io.nwtn.stress.settings.Limits;
import java.util.Locale;
import java.util.Optional;

/**
 * Abort-on-fail: whether a requirement can no longer be met by the run, so that its load can stop
 * at once rather than run on to a verdict already lost. Three rules, each naming the compliance
 * check it concerns:
 *
 * <ul>
 *   <li>a circuit-breaker activation: nothing can undo it, so it stops the run at once;
 *   <li>after the grace, more failures than the success rate allows over the planned run: the
 *       planned requests are those so far plus the remaining time at the faster of the run's rate
 *       so far and the current window's, so a slow start does not stop a run that could still pass;
 *   <li>after the grace, a P95 over its limit in {@code p95Windows} consecutive windows.
 * </ul>
 *
 * Not thread-safe: the monitor's thread asks it.
 */
final class AbortRule {

  private final AbortSettings settings;
  private final Limits limits;
  private int p95Streak;

  AbortRule(AbortSettings settings, Limits limits) {
    this.settings = settings;
    this.limits = limits;
  }

  /** Whether a breaker activation loses the run. */
  Optional<Sidecar.EarlyStop> breaker(long activations, long nowMs) {
    if (!settings.enabled() || activations == 0) {
      return Optional.empty();
    }
    String detail = activations + (activations == 1 ? " activation" : " activations");
    return Optional.of(new Sidecar.EarlyStop("circuit_breaker_activations", detail, nowMs));
  }

  /**
   * Whether the failures so far already exceed what the success rate allows over the planned run.
   *
   * @param elapsedMs since the first user started
   * @param recentRate requests per second in the current window
   */
  Optional<Sidecar.EarlyStop> successRate(
      long total, long failed, long elapsedMs, double recentRate, long nowMs) {
    if (!settings.enabled() || elapsedMs < settings.grace().toMillis() || elapsedMs <= 0) {
      return Optional.empty();
    }
    long remainingMs = Math.max(0, plannedMs() - elapsedMs);
    double rate = Math.max(total * 1000.0 / elapsedMs, recentRate);
    double planned = total + rate * remainingMs / 1000.0;
    double allowed = planned * (1 - limits.successRate());
    if (failed <= allowed) {
      return Optional.empty();
    }
    String detail =
        String.format(
            Locale.ROOT,
            "%d of %d requests failed; at most %.0f of about %.0f planned may fail",
            failed,
            total,
            Math.floor(allowed),
            planned);
    return Optional.of(new Sidecar.EarlyStop("success_rate", detail, nowMs));
  }

  /**
   * Counts a closed window's P95 (windows without answers are left out); stops once {@code
   * p95Windows} windows in a row were over the limit.
   */
  Optional<Sidecar.EarlyStop> p95Window(long requests, long p95Ms, long elapsedMs, long nowMs) {
    if (!settings.enabled() || requests == 0) {
      return Optional.empty();
    }
    boolean over = elapsedMs >= settings.grace().toMillis() && p95Ms >= limits.p95LatencyMs();
    p95Streak = over ? p95Streak + 1 : 0;
    if (p95Streak < settings.p95Windows()) {
      return Optional.empty();
    }
    String detail =
        "P95 at or over " + limits.p95LatencyMs() + " ms in " + p95Streak + " windows in a row";
    return Optional.of(new Sidecar.EarlyStop("p95_latency", detail, nowMs));
  }

  /** The planned load, from the first user to the end of the ramp-down. */
  long plannedMs() {
    return limits.rampUpMs() + limits.steadyMs() + limits.rampDownMs();
  }
}

package io.nwtn.stress.target;

/** What {@code GET /health} of a target said. */
public sealed interface Health {

  /** {@code 200}: the target takes work. */
  record Healthy(String body) implements Health {}

  /** Something answered, but not {@code 200} (e.g. {@code 503} while it takes no work). */
  record Unhealthy(int status) implements Health {}

  /** Nothing listens: connection refused or unknown host. */
  record Unreachable(String reason) implements Health {}

  /**
   * Something may listen but gave no answer in time: busy, hung, or a firewall dropping packets.
   */
  record NoAnswer(String reason) implements Health {}
}

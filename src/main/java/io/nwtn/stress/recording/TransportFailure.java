package io.nwtn.stress.recording;

import java.util.Locale;

/**
 * The kind of a request that got no answer, from Gatling's failure message: the one rule the
 * reports (reading {@code simulation.log}) and the live metrics (reading the same message as the
 * request fails) share, so that both count each failure under the same category.
 */
public final class TransportFailure {

  public static final String TIMEOUT = "timeout";
  public static final String CONNECTION_REFUSED = "connection_refused";
  public static final String CONNECTION_RESET = "connection_reset";

  /** What the reports call a failure of any other kind, such as a request that failed unsent. */
  public static final String OTHER = "check_failed";

  private TransportFailure() {}

  /**
   * The category of a request that failed without an answer, as the reports name it from its
   * message: a transport kind, else {@link #OTHER}.
   */
  public static String ofNoAnswer(String message) {
    String category = category(message);
    return category == null ? OTHER : category;
  }

  /** {@link #TIMEOUT}, {@link #CONNECTION_REFUSED}, {@link #CONNECTION_RESET}, or {@code null}. */
  public static String category(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("timeout") || m.contains("timed out")) {
      return TIMEOUT;
    }
    if (m.contains("connection refused")) {
      return CONNECTION_REFUSED;
    }
    if (m.contains("connection reset")
        || m.contains("prematurechannelclosure")
        // Gatling's client: the target closed the connection before the answer was complete
        || m.contains("premature close")
        || m.contains("broken pipe")
        || m.contains("channel closed")
        || m.contains("connection closed")) {
      return CONNECTION_RESET;
    }
    return null;
  }
}

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

  private TransportFailure() {}

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
        || m.contains("broken pipe")
        || m.contains("channel closed")
        || m.contains("connection closed")) {
      return CONNECTION_RESET;
    }
    return null;
  }
}

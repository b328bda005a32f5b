package io.nwtn.stress.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts a Gatling KO message into the kind of failure it reports. */
public final class ErrorCategory {

  public static final String TIMEOUT = "timeout";
  public static final String CONNECTION_REFUSED = "connection_refused";
  public static final String CONNECTION_RESET = "connection_reset";
  public static final String CHECK_FAILED = "check_failed";

  /** Failures where no answer arrived; everything else was answered. */
  public static final Set<String> TRANSPORT = Set.of(TIMEOUT, CONNECTION_REFUSED, CONNECTION_RESET);

  private static final Pattern STATUS = Pattern.compile("found (\\d{3})\\b");

  /**
   * The simulation's own messages: {@code HTTP 503 overloaded}, {@code HTTP 200 contract not_json}.
   */
  private static final Pattern ANSWER = Pattern.compile("HTTP (\\d{3}) (contract )?([a-z0-9_]+)");

  private ErrorCategory() {}

  /**
   * The category of a KO message: a transport failure; the simulation's {@code
   * http_<status>_<error>} or {@code invalid_body:<rule>}, named as the sidecar names them; {@code
   * http_<status>} from Gatling's status check; else a failed check.
   */
  public static String of(String message) {
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
    Matcher answer = ANSWER.matcher(message == null ? "" : message);
    if (answer.find()) {
      if (answer.group(2) != null) {
        return "invalid_body:" + answer.group(3);
      }
      boolean coded = !"no_error_body".equals(answer.group(3));
      return "http_" + answer.group(1) + (coded ? "_" + answer.group(3) : "");
    }
    Matcher status = STATUS.matcher(m);
    if (m.contains("status") && status.find()) {
      return "http_" + status.group(1);
    }
    return CHECK_FAILED;
  }
}

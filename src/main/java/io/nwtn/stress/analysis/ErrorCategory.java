package io.nwtn.stress.analysis;

import io.nwtn.stress.recording.TransportFailure;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sorts a Gatling KO message into the kind of failure it reports. */
public final class ErrorCategory {

  public static final String TIMEOUT = TransportFailure.TIMEOUT;
  public static final String CONNECTION_REFUSED = TransportFailure.CONNECTION_REFUSED;
  public static final String CONNECTION_RESET = TransportFailure.CONNECTION_RESET;
  public static final String CHECK_FAILED = TransportFailure.OTHER;

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
    // the live metrics classify the same messages with the same rule as they happen
    String transport = TransportFailure.category(message);
    if (transport != null) {
      return transport;
    }
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
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

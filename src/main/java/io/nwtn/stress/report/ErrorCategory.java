package io.nwtn.stress.report;

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

  private ErrorCategory() {}

  /** The category of a KO message: a transport failure, {@code http_<status>}, or a check. */
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
    Matcher status = STATUS.matcher(m);
    if (m.contains("status") && status.find()) {
      return "http_" + status.group(1);
    }
    return CHECK_FAILED;
  }
}

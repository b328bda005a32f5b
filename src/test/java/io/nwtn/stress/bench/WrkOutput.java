package io.nwtn.stress.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one {@code wrk --latency} run, read from its text output.
 *
 * @param requestsPerSecond wrk's {@code Requests/sec}
 * @param p50Ms the 50 % line of its latency distribution
 * @param p99Ms the 99 % line of its latency distribution
 * @param requests completed requests
 * @param errors socket errors plus non-2xx/3xx answers
 */
record WrkOutput(double requestsPerSecond, double p50Ms, double p99Ms, long requests, long errors) {

  private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern DONE = Pattern.compile("(\\d+) requests in");
  private static final Pattern LATENCY =
      Pattern.compile("^\\s*(50|99)%\\s+([0-9.]+)(us|ms|s)\\s*$");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

  /** Parses wrk's output; a missing line is an error that names it. */
  static WrkOutput parse(String text) {
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    for (String line : text.split("\n")) {
      Matcher m = LATENCY.matcher(line);
      if (m.matches()) {
        double ms = toMs(Double.parseDouble(m.group(2)), m.group(3));
        if (m.group(1).equals("50")) {
          p50 = ms;
        } else {
          p99 = ms;
        }
      }
    }
    if (Double.isNaN(p50) || Double.isNaN(p99)) {
      throw new IllegalArgumentException("wrk output has no --latency distribution: " + text);
    }
    return new WrkOutput(
        Double.parseDouble(find(RPS, text, "Requests/sec")),
        p50,
        p99,
        Long.parseLong(find(DONE, text, "requests in")),
        errors(text));
  }

  private static long errors(String text) {
    long errors = 0;
    Matcher socket = SOCKET.matcher(text);
    if (socket.find()) {
      for (int g = 1; g <= 4; g++) {
        errors += Long.parseLong(socket.group(g));
      }
    }
    Matcher non2xx = NON_2XX.matcher(text);
    return non2xx.find() ? errors + Long.parseLong(non2xx.group(1)) : errors;
  }

  private static String find(Pattern pattern, String text, String what) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("wrk output has no '" + what + "' line: " + text);
    }
    return m.group(1);
  }

  private static double toMs(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1000;
      case "s" -> value * 1000;
      default -> value;
    };
  }
}

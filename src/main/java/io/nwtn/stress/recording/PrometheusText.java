package io.nwtn.stress.recording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Prometheus text exposition format (version 0.0.4, and the sample lines of OpenMetrics,
 * which share its syntax) as Prometheus client libraries write it: one sample per line, {@code
 * name{label="value",...} value [timestamp]}, comments and blank lines skipped, label values with
 * the escapes {@code \\}, {@code \"} and {@code \n}. Only reading is done here; what the suite
 * serves is written by the Prometheus client library.
 */
public final class PrometheusText {

  /**
   * One sample line.
   *
   * @param labels the labels in the order written, unescaped
   */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private PrometheusText() {}

  /** Every sample of {@code text}; a line that is not a sample is skipped. */
  public static List<Sample> parse(String text) {
    List<Sample> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      Sample s = line(l);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The samples of {@code text} whose metric is one of {@code names}, as {@link #parse(String)}
   * reads them; every other line is passed over after its name, unread.
   */
  public static List<Sample> parse(String text, Set<String> names) {
    List<Sample> out = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        end = text.length();
      }
      int i = at;
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int name = i;
      while (i < end && nameChar(text.charAt(i), i == name)) {
        i++;
      }
      if (i > name && names.contains(text.substring(name, i))) {
        Sample sample = line(text.substring(name, end).strip());
        if (sample != null) {
          out.add(sample);
        }
      }
      at = end + 1;
    }
    return out;
  }

  /** One line, or {@code null} when it is not a well-formed sample. */
  static Sample line(String l) {
    int i = 0;
    while (i < l.length() && nameChar(l.charAt(i), i == 0)) {
      i++;
    }
    if (i == 0) {
      return null;
    }
    String name = l.substring(0, i);
    Map<String, String> labels = new LinkedHashMap<>();
    if (i < l.length() && l.charAt(i) == '{') {
      i = labels(l, i + 1, labels);
      if (i < 0) {
        return null;
      }
    }
    String[] rest = l.substring(i).strip().split("\\s+");
    Double value = value(rest[0]);
    return value == null ? null : new Sample(name, labels, value);
  }

  /** Reads labels from {@code at} to the closing brace; the index after it, or -1. */
  private static int labels(String l, int at, Map<String, String> labels) {
    int i = at;
    while (i < l.length()) {
      char c = l.charAt(i);
      if (c == '}') {
        return i + 1;
      }
      if (c == ',' || c == ' ') {
        i++;
        continue;
      }
      int eq = l.indexOf('=', i);
      if (eq < 0 || eq + 1 >= l.length() || l.charAt(eq + 1) != '"') {
        return -1;
      }
      StringBuilder value = new StringBuilder();
      int end = quoted(l, eq + 2, value);
      if (end < 0) {
        return -1;
      }
      labels.put(l.substring(i, eq).strip(), value.toString());
      i = end;
    }
    return -1;
  }

  /** Reads a quoted value from {@code at} (after its opening quote); the index after its end. */
  private static int quoted(String l, int at, StringBuilder value) {
    for (int i = at; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < l.length()) {
        char next = l.charAt(++i);
        value.append(next == 'n' ? '\n' : next);
      } else {
        value.append(c);
      }
    }
    return -1;
  }

  /** A Go-style float: {@code 1.5e+09}, {@code NaN}, {@code +Inf}, {@code -Inf}. */
  private static Double value(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "+Inf":
      case "Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      default:
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          return null;
        }
    }
  }

  private static boolean nameChar(char c, boolean first) {
    return c == '_'
        || c == ':'
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (!first && c >= '0' && c <= '9');
  }
}

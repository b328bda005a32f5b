package io.nwtn.stress.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for building report documents as ordered maps. */
final class Json {

  private Json() {}

  static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  static String time(long epochMs) {
    return epochMs <= 0 || epochMs == Long.MAX_VALUE || epochMs == Long.MIN_VALUE
        ? null
        : Instant.ofEpochMilli(epochMs).toString();
  }

  /** Rounds to {@code digits} decimals so reports show figures, not float noise. */
  static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}

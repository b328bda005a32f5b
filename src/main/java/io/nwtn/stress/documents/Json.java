package io.nwtn.stress.documents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers for building report documents as ordered maps. */
public final class Json {

  private Json() {}

  public static Map<String, Object> object() {
    return new LinkedHashMap<>();
  }

  public static String time(long epochMs) {
    return epochMs <= 0 || epochMs == Long.MAX_VALUE || epochMs == Long.MIN_VALUE
        ? null
        : Instant.ofEpochMilli(epochMs).toString();
  }

  /** Rounds to {@code digits} decimals so reports show figures, not float noise. */
  public static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}

package io.nwtn.stress.report;

import java.util.Arrays;
import org.HdrHistogram.Histogram;

/**
 * The response times of one second of a run. A second with few requests keeps them as raw values (4
 * bytes each); past {@link #MAX_VALUES} they move into a histogram, which then costs the same
 * whatever the count. A long run with light load per second thus stays small, where one histogram
 * per second from the start would cost tens of kilobytes each.
 */
public final class SecondLatencies {

  /** About the size in bytes of a histogram of this precision, at 4 bytes a value. */
  static final int MAX_VALUES = 4096;

  private static final int DIGITS = 3;

  private int[] values = new int[8];
  private int size;
  private Histogram histogram;

  void record(long ms) {
    if (histogram != null) {
      histogram.recordValue(ms);
      return;
    }
    if (size == MAX_VALUES) {
      histogram = toHistogram();
      values = null;
      histogram.recordValue(ms);
      return;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = (int) Math.min(Integer.MAX_VALUE, ms);
  }

  /**
   * The second's response times as a histogram (3 significant digits), built on demand from the raw
   * values when they were not moved yet; the caller must not change it.
   */
  public Histogram histogram() {
    return histogram != null ? histogram : toHistogram();
  }

  private Histogram toHistogram() {
    Histogram h = new Histogram(DIGITS);
    for (int i = 0; i < size; i++) {
      h.recordValue(values[i]);
    }
    return h;
  }
}

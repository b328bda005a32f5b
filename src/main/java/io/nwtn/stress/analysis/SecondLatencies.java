package io.nwtn.stress.analysis;

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
  private boolean sorted;
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
    sorted = false;
  }

  /**
   * The second's response times as a histogram (3 significant digits), built on demand from the raw
   * values when they were not moved yet; the caller must not change it.
   */
  public Histogram histogram() {
    return histogram != null ? histogram : toHistogram();
  }

  /** How many response times the second holds. */
  public long count() {
    return histogram != null ? histogram.getTotalCount() : size;
  }

  /**
   * The second's response times at {@code percentiles} (0 to 100), by the rank rule of {@link
   * Histogram#getValueAtPercentile}: exact to the millisecond while the second keeps raw values,
   * else at the histogram's 3 significant digits. Without response times, empty.
   */
  public long[] percentiles(double... percentiles) {
    long count = count();
    if (count == 0) {
      return new long[0];
    }
    long[] out = new long[percentiles.length];
    if (histogram != null) {
      for (int i = 0; i < percentiles.length; i++) {
        out[i] = histogram.getValueAtPercentile(percentiles[i]);
      }
      return out;
    }
    if (!sorted) {
      Arrays.sort(values, 0, size);
      sorted = true;
    }
    for (int i = 0; i < percentiles.length; i++) {
      out[i] = values[(int) rank(percentiles[i], size) - 1];
    }
    return out;
  }

  /** The 1-based rank of a percentile among {@code count} values, as HdrHistogram counts it. */
  static long rank(double percentile, long count) {
    double p = Math.min(Math.max(Math.nextAfter(percentile, Double.NEGATIVE_INFINITY), 0.0), 100.0);
    return Math.min(count, Math.max(1, (long) Math.ceil(p * count / 100.0)));
  }

  private Histogram toHistogram() {
    Histogram h = new Histogram(DIGITS);
    for (int i = 0; i < size; i++) {
      h.recordValue(values[i]);
    }
    return h;
  }
}

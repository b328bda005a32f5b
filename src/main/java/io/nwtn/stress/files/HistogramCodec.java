package io.nwtn.stress.files;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * Turns an HdrHistogram into text and back: base64 of HdrHistogram's compressed encoding, so that
 * histograms written by several load generators can be decoded and added together later.
 */
public final class HistogramCodec {

  /** Highest trackable value: one hour in the unit of the histogram is plenty for any answer. */
  public static final long HIGHEST_MS = 3_600_000L;

  private HistogramCodec() {}

  /**
   * A histogram of milliseconds, exact to the millisecond up to 131 s (five significant digits), so
   * a percentile read from it is the response time of a real request, not a bucket's edge.
   */
  public static Histogram newMillis() {
    Histogram h = new Histogram(1, HIGHEST_MS, 5);
    h.setAutoResize(true);
    return h;
  }

  public static String encode(AbstractHistogram histogram) {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** Decodes a histogram; an empty or null text is an empty histogram. */
  public static Histogram decode(String text) {
    if (text == null || text.isEmpty()) {
      return newMillis();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      Histogram h = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
      h.setAutoResize(true);
      return h;
    } catch (IllegalArgumentException | DataFormatException e) {
      throw new IllegalArgumentException("not an encoded HdrHistogram: " + e.getMessage(), e);
    }
  }
}

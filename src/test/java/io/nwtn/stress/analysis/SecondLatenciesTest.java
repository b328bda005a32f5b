package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class SecondLatenciesTest {

  private static final double[] PERCENTILES = {0.1, 1, 25, 50, 90, 95, 99, 99.9, 100};

  @Test
  void rawValuesGiveTheSameRanksAsHdrHistogramWhereItIsExact() {
    Random random = new Random(7);
    for (int n : new int[] {1, 2, 3, 19, 20, 21, 100, 101, 999, SecondLatencies.MAX_VALUES}) {
      SecondLatencies s = new SecondLatencies();
      Histogram h = new Histogram(3);
      for (int i = 0; i < n; i++) {
        long ms = random.nextInt(2048); // a 3-digit histogram is exact below 2048
        s.record(ms);
        h.recordValue(ms);
      }
      long[] expected = new long[PERCENTILES.length];
      for (int i = 0; i < PERCENTILES.length; i++) {
        expected[i] = h.getValueAtPercentile(PERCENTILES[i]);
      }
      assertArrayEquals(expected, s.percentiles(PERCENTILES), "n=" + n);
    }
  }

  @Test
  void rawValuesAreExactAboveTheHistogramsResolution() {
    SecondLatencies s = new SecondLatencies();
    for (long ms : new long[] {10_001, 10_003, 10_005, 10_007}) {
      s.record(ms);
    }
    // a 3-digit histogram would round these to its 8 ms buckets
    assertArrayEquals(new long[] {10_001, 10_003, 10_005, 10_007}, s.percentiles(25, 50, 75, 100));
  }

  @Test
  void aBusySecondMovesToAHistogramAndKeepsCounting() {
    SecondLatencies s = new SecondLatencies();
    for (int i = 1; i <= SecondLatencies.MAX_VALUES + 1000; i++) {
      s.record(i % 1000);
    }
    assertEquals(SecondLatencies.MAX_VALUES + 1000, s.count());
    assertEquals(s.histogram().getValueAtPercentile(95), s.percentiles(95)[0]);
    assertEquals(0, new SecondLatencies().percentiles(50).length, "no response times, no figures");
  }

  @Test
  void recordingAfterReadingStillCounts() {
    SecondLatencies s = new SecondLatencies();
    s.record(30);
    s.record(10);
    assertEquals(30, s.percentiles(100)[0]);
    s.record(50);
    s.record(5);
    assertArrayEquals(new long[] {5, 50}, s.percentiles(0, 100));
  }
}

package io.nwtn.stress.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.files.HistogramCodec;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionShiftTest {

  static Histogram sample(long seed, int n, double factor) {
    Histogram h = HistogramCodec.newMillis();
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      h.recordValue(Math.max(1, Math.round(200 * Math.exp(r.nextGaussian() * 0.4) * factor)));
    }
    return h;
  }

  @Test
  void theStatisticIsTheLargestGapBetweenTheDistributionFunctions() {
    Histogram a = HistogramCodec.newMillis();
    Histogram b = HistogramCodec.newMillis();
    a.recordValue(10);
    a.recordValue(20);
    b.recordValue(20);
    b.recordValue(30);
    DistributionShift s = DistributionShift.of(a, b);
    // F_a(10) = 0.5, F_b(10) = 0; F_a(20) = 1, F_b(20) = 0.5: the gap is one half.
    assertEquals(0.5, s.gap(), 1e-12);
    assertEquals(0.5, s.slowerGap(), 1e-12);
    assertEquals(0, DistributionShift.of(b, a).slowerGap(), 1e-12);
  }

  @ParameterizedTest
  @CsvSource({"200, 1.0, false", "5000, 1.0, false", "200, 1.3, true", "5000, 1.05, true"})
  void aShiftIsBeyondNoiseOnlyWhenTheSamplesDiffer(int n, double factor, boolean beyond) {
    DistributionShift s = DistributionShift.of(sample(1, n, 1.0), sample(2, n, factor));
    assertEquals(beyond, s.slowerBeyondNoise(0.01), s.toString());
  }

  @Test
  void aFasterRunIsNeverSlowerBeyondNoise() {
    DistributionShift s = DistributionShift.of(sample(1, 5000, 1.0), sample(2, 5000, 0.7));
    assertFalse(s.slowerBeyondNoise(0.01));
    assertTrue(s.gap() > 0.3, s.toString());
  }
}

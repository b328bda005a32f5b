package io.nwtn.stress.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingTest {

  @ParameterizedTest(name = "P95 {0} ms, success {1} -> {2}")
  @CsvSource({
    "999, 0.981, excellent",
    "1000, 0.99, good",
    "999, 0.98, good",
    "1499, 0.961, good",
    "1500, 0.99, needs_improvement",
    "1499, 0.96, needs_improvement",
    "1999, 0.951, needs_improvement",
    "2000, 0.99, poor",
    "500, 0.95, poor",
    "0, 0.0, poor"
  })
  void ratingFollowsTheSeedsBands(long p95, double success, String rating) {
    assertEquals(rating, Rating.of(p95, success).wireName());
  }
}

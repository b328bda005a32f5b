package io.nwtn.stress.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract's mapper reads doubles with Jackson's fast parser: every one must be the very double
 * {@link Double#parseDouble} gives, bit for bit, or answers would be judged on other figures.
 */
class FastDoublesTest {

  @Test
  void theMapperReadsEveryDoubleAsDoubleParseDoubleDoes() throws Exception {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "0.1",
                "0.241678",
                "1.446475e3",
                "4.9e-324",
                "2.4703282292062328e-324",
                "2.2250738585072011e-308",
                "1.7976931348623157e308",
                "9007199254740993.0",
                "0.30000000000000004",
                "123456789012345678901234567890.5",
                "1e-400",
                "-0.0",
                "0.99999999999999999999999999999",
                "3.141592653589793238462643383279"));
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(d)) {
        texts.add(Double.toString(d));
      }
      texts.add(String.format("%.6f", random.nextDouble() * 10)); // a wire time in seconds
      texts.add(
          random.nextInt(1_000_000) + "." + random.nextLong(1L, Long.MAX_VALUE) + "e-" + i % 30);
    }
    JsonNode read = ResponseContract.mapper().readTree("[" + String.join(",", texts) + "]");

    for (int i = 0; i < texts.size(); i++) {
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(texts.get(i))),
          Double.doubleToRawLongBits(read.get(i).doubleValue()),
          texts.get(i));
    }
  }
}

package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SecondBucketsTest {

  @Test
  void aSecondHasOneBucketWhateverOrderItIsAskedIn() {
    AtomicInteger made = new AtomicInteger();
    SecondBuckets<int[]> b = SecondBuckets.fromZero(() -> new int[] {made.incrementAndGet()});
    int[] five = b.get(5);
    b.get(300); // past the first array, so it grows
    b.get(0);
    assertSame(five, b.get(5));
    assertEquals(3, made.get());
    assertEquals(List.of(0L, 5L, 300L), List.copyOf(b.asMap().keySet()));
  }

  @Test
  void keysBeforeTheFirstOrFarAfterItAreKeptInOrderToo() {
    SecondBuckets<StringBuilder> b = SecondBuckets.fromFirstKey(StringBuilder::new);
    long epoch = 1_767_225_600L;
    b.get(epoch).append("first");
    b.get(epoch - 3).append("before");
    b.get(epoch + SecondBuckets.MAX_DENSE + 10L).append("far");
    b.get(epoch + 1).append("next");
    b.get(epoch - 3).append("+");
    NavigableMap<Long, StringBuilder> m = b.asMap();
    assertEquals(
        List.of(epoch - 3, epoch, epoch + 1, epoch + SecondBuckets.MAX_DENSE + 10L),
        List.copyOf(m.keySet()));
    assertEquals("before+", m.get(epoch - 3).toString());
    assertEquals("far", m.get(epoch + SecondBuckets.MAX_DENSE + 10L).toString());
  }

  @Test
  void theMapIsAViewOfTheBucketsAndCannotBeChanged() {
    SecondBuckets<long[]> b = SecondBuckets.fromZero(() -> new long[1]);
    b.get(2)[0] = 7;
    NavigableMap<Long, long[]> m = b.asMap();
    assertEquals(7, m.get(2L)[0]);
    assertThrows(UnsupportedOperationException.class, () -> m.put(3L, new long[1]));
    b.get(3);
    assertEquals(2, b.asMap().size(), "a bucket made later shows in the next view");
  }
}

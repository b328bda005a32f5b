package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CpuLoadTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final AtomicInteger reads = new AtomicInteger();
  private final CpuLoad load = new CpuLoad(() -> reads.incrementAndGet() / 10.0, now::get);

  @Test
  void requestsWithinOneIntervalShareOneReading() {
    for (int i = 0; i < 1_000; i++) {
      assertEquals(0.1, load.get());
      now.addAndGet(TimeUnit.MICROSECONDS.toNanos(200));
    }
    // 1,000 calls over 200 ms: one reading of the platform bean
    assertEquals(1, reads.get());
  }

  @Test
  void aReadingOlderThanTheIntervalIsTakenAgain() {
    assertEquals(0.1, load.get());
    now.addAndGet(CpuLoad.INTERVAL_NS - 1);
    assertEquals(0.1, load.get());
    now.addAndGet(1);
    assertEquals(0.2, load.get());
    now.addAndGet(TimeUnit.SECONDS.toNanos(5));
    assertEquals(0.3, load.get());
    assertEquals(3, reads.get());
  }
}

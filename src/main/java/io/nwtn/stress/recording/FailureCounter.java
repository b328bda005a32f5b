package io.nwtn.stress.recording;

import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free count, first and last time of one kind of failure. */
final class FailureCounter {

  private final String example;
  private final LongAdder count = new LongAdder();
  private final LongAccumulator first = new LongAccumulator(Math::min, Long.MAX_VALUE);
  private final LongAccumulator last = new LongAccumulator(Math::max, Long.MIN_VALUE);

  FailureCounter(String example) {
    this.example = example;
  }

  void add(long epochMs) {
    count.increment();
    first.accumulate(epochMs);
    last.accumulate(epochMs);
  }

  Sidecar.FailureRecord record() {
    return new Sidecar.FailureRecord(count.sum(), first.get(), last.get(), example);
  }
}

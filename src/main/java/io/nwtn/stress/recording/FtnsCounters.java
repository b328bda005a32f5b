package io.nwtn.stress.recording;

import io.nwtn.stress.contract.PrsmResponse;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/** Lock-free FTNS accounting over valid answers. */
final class FtnsCounters {

  private final LongAdder responses = new LongAdder();
  private final LongAdder allocated = new LongAdder();
  private final LongAdder used = new LongAdder();
  private final DoubleAdder charged = new DoubleAdder();
  private final LongAdder overAllocation = new LongAdder();
  private final LongAdder stepSumMismatch = new LongAdder();
  private final LongAdder accurate = new LongAdder();
  private final LongAccumulator rateMin = new LongAccumulator(Math::min, Long.MAX_VALUE);
  private final LongAccumulator rateMax = new LongAccumulator(Math::max, Long.MIN_VALUE);

  void add(int allocation, PrsmResponse response, int contextUsedBySteps) {
    int contextUsed = response.contextUsed() == null ? contextUsedBySteps : response.contextUsed();
    responses.increment();
    allocated.add(allocation);
    used.add(contextUsed);
    if (contextUsed > allocation) {
      overAllocation.increment();
    }
    if (contextUsed != contextUsedBySteps) {
      stepSumMismatch.increment();
    }
    if (contextUsed <= allocation && contextUsed == contextUsedBySteps) {
      accurate.increment();
    }
    if (response.ftnsCharged() != null) {
      charged.add(response.ftnsCharged());
      if (contextUsed > 0) {
        long rate = Math.round(response.ftnsCharged() * 1_000_000 / contextUsed);
        rateMin.accumulate(rate);
        rateMax.accumulate(rate);
      }
    }
  }

  Sidecar.FtnsRecord record() {
    long n = responses.sum();
    return new Sidecar.FtnsRecord(
        n,
        allocated.sum(),
        used.sum(),
        charged.sum(),
        overAllocation.sum(),
        stepSumMismatch.sum(),
        accurate.sum(),
        rateMin.get() == Long.MAX_VALUE ? 0 : rateMin.get(),
        rateMax.get() == Long.MIN_VALUE ? 0 : rateMax.get());
  }
}

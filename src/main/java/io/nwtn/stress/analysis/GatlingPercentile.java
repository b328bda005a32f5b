package io.nwtn.stress.analysis;

import com.tdunning.math.stats.AVLTreeDigest;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The P95 as Gatling 3.15.1's report computes it: an {@code AVLTreeDigest} of compression 100 fed
 * every response time in log order, read at 0.95 and rounded. That t-digest under-reports the tail
 * (gatling/gatling#4715), so this figure is shown beside the exact one and never judged. The digest
 * breaks ties at random, so it can differ from Gatling's by a millisecond or so.
 *
 * <p>The digest costs about as much as the rest of the log's analysis, so it is fed on a thread of
 * its own, in chunks and in log order, while the reader goes on.
 */
final class GatlingPercentile {

  private static final int CHUNK = 8192;
  private static final int[] END = new int[0];

  private final AVLTreeDigest digest = new AVLTreeDigest(100.0);
  private final BlockingQueue<int[]> chunks = new ArrayBlockingQueue<>(64);
  private int[] chunk = new int[CHUNK];
  private int size;
  private Thread feeder;
  private boolean done;

  void add(long responseTimeMs) {
    chunk[size++] = (int) Math.min(Integer.MAX_VALUE, responseTimeMs);
    if (size == CHUNK) {
      hand(chunk);
      chunk = new int[CHUNK];
      size = 0;
    }
  }

  long p95() {
    if (!done) {
      hand(Arrays.copyOf(chunk, size));
      hand(END);
      join();
      done = true;
    }
    return digest.size() == 0 ? 0 : Math.round(digest.quantile(0.95));
  }

  private void hand(int[] values) {
    if (feeder == null) {
      feeder = new Thread(this::feed, "gatling-p95");
      feeder.setDaemon(true);
      feeder.start();
    }
    try {
      chunks.put(values);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing Gatling's P95", e);
    }
  }

  private void feed() {
    try {
      for (int[] values = chunks.take(); values != END; values = chunks.take()) {
        for (int v : values) {
          digest.add(v);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void join() {
    try {
      feeder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing Gatling's P95", e);
    }
  }
}

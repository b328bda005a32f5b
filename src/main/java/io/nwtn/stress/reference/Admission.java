package io.nwtn.stress.reference;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Admits pipelines: up to a number run at once, a bounded number wait, the rest are refused. A
 * waiting pipeline starts when a running one releases its slot.
 */
final class Admission {

  private final int capacity;
  private final int queueSize;
  private final Queue<Runnable> waiting = new ArrayDeque<>();
  private int running;

  Admission(int capacity, int queueSize) {
    this.capacity = capacity;
    this.queueSize = queueSize;
  }

  /**
   * Runs {@code start} now if a slot is free, or later when one frees up.
   *
   * @return false when the queue is full and {@code start} will never run
   */
  boolean offer(Runnable start) {
    synchronized (this) {
      if (running >= capacity) {
        if (waiting.size() >= queueSize) {
          return false;
        }
        waiting.add(start);
        return true;
      }
      running++;
    }
    start.run();
    return true;
  }

  /** Frees the slot of a finished pipeline and starts the next waiting one, if any. */
  void release() {
    Runnable next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        running--;
        return;
      }
    }
    next.run();
  }

  synchronized int running() {
    return running;
  }

  synchronized int queued() {
    return waiting.size();
  }
}

package io.nwtn.stress.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One bucket per second of a run, found by direct index rather than by a map look-up: the records
 * of a {@code simulation.log} are only roughly in time order (a request is written when it ends,
 * and a generated log may be written user by user), so a bucket is looked up for nearly every
 * record. Seconds from the first key used on are kept in an array; a key before it, or more than
 * {@link #MAX_DENSE} seconds after it, goes to a sorted map instead, so a stray time stamp costs a
 * map entry, not a huge array.
 *
 * @param <T> the bucket
 */
public final class SecondBuckets<T> {

  /** About 48 days of seconds; a run longer than that keeps its later seconds in the map. */
  static final int MAX_DENSE = 1 << 22;

  private static final long UNSET = Long.MIN_VALUE;

  private final Supplier<T> factory;
  private long origin;
  private Object[] dense = new Object[256];
  private int denseCount;
  private TreeMap<Long, T> sparse;
  private NavigableMap<Long, T> view;

  private SecondBuckets(Supplier<T> factory, long origin) {
    this.factory = factory;
    this.origin = origin;
  }

  /** Buckets keyed by a second counted from 0 (an offset into the run). */
  public static <T> SecondBuckets<T> fromZero(Supplier<T> factory) {
    return new SecondBuckets<>(factory, 0);
  }

  /**
   * Buckets keyed by any second (e.g. an epoch second); the first key used sets the array's start.
   */
  public static <T> SecondBuckets<T> fromFirstKey(Supplier<T> factory) {
    return new SecondBuckets<>(factory, UNSET);
  }

  /** The bucket of {@code second}, made when it is first asked for. */
  @SuppressWarnings("unchecked")
  public T get(long second) {
    if (origin == UNSET) {
      origin = second;
    }
    if (second < origin || second - origin >= MAX_DENSE) {
      return sparse(second);
    }
    int i = (int) (second - origin);
    if (i >= dense.length) {
      dense = Arrays.copyOf(dense, Math.min(MAX_DENSE, Math.max(i + 1, dense.length * 2)));
    }
    Object bucket = dense[i];
    if (bucket == null) {
      bucket = factory.get();
      dense[i] = bucket;
      denseCount++;
      view = null;
    }
    return (T) bucket;
  }

  private T sparse(long second) {
    if (sparse == null) {
      sparse = new TreeMap<>();
    }
    T bucket = sparse.get(second);
    if (bucket == null) {
      bucket = factory.get();
      sparse.put(second, bucket);
      view = null;
    }
    return bucket;
  }

  /** The buckets made so far, in order of their second; read-only. */
  @SuppressWarnings("unchecked")
  public NavigableMap<Long, T> asMap() {
    if (view == null) {
      TreeMap<Long, T> all = sparse == null ? new TreeMap<>() : new TreeMap<>(sparse);
      for (int i = 0, found = 0; found < denseCount; i++) {
        if (dense[i] != null) {
          all.put(origin + i, (T) dense[i]);
          found++;
        }
      }
      view = Collections.unmodifiableNavigableMap(all);
    }
    return view;
  }
}

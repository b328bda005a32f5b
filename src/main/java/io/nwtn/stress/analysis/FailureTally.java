package io.nwtn.stress.analysis;

/** Failed requests of one category: count, first and last time, the first message. */
public final class FailureTally {
  private final String category;
  private long count;
  private long first = Long.MAX_VALUE;
  private long last = Long.MIN_VALUE;
  private String example;

  FailureTally(String category) {
    this.category = category;
  }

  void add(long epochMs, String message) {
    count++;
    first = Math.min(first, epochMs);
    last = Math.max(last, epochMs);
    if (example == null) {
      example = message;
    }
  }

  public String category() {
    return category;
  }

  public long count() {
    return count;
  }

  public long first() {
    return first;
  }

  public long last() {
    return last;
  }

  public String example() {
    return example;
  }
}

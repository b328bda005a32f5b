package io.nwtn.stress.compare;

/** What a compared figure measures, which decides the direction and the tolerance applied. */
public enum Kind {
  /** Milliseconds; higher is worse. */
  LATENCY,
  /** A fraction 0..1; lower is worse. */
  SUCCESS_RATE,
  /** Requests per second; lower is worse. */
  THROUGHPUT,
  /** Users; lower is worse. */
  CONCURRENCY,
  /** Failures of one category, judged by their share of all requests; higher is worse. */
  ERRORS
}

package io.nwtn.stress.settings;

/** When the suite starts the reference orchestrator in its own JVM. */
public enum EmbeddedMode {
  /** Only when nothing answers at a loopback target URL. */
  AUTO,
  /** Always, on the host and port of the (loopback) target URL. */
  ALWAYS,
  /** Never: a target that does not answer fails the preflight. */
  NEVER
}

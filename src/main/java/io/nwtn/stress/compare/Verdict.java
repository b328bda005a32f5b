package io.nwtn.stress.compare;

/** The outcome for one compared figure. */
public enum Verdict {
  OK("ok"),
  IMPROVED("improved"),
  /**
   * Worse beyond the tolerance, but the two distributions do not differ beyond run-to-run noise.
   */
  NOISE("within noise"),
  REGRESSION("REGRESSION");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

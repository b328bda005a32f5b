package io.nwtn.stress.validation;

/** How useful an agent's output looks, as the validator grades it from {@code output_data}. */
public enum OutputQuality {
  EXCELLENT(1.0),
  GOOD(0.8),
  POOR(0.3);

  private final double score;

  OutputQuality(double score) {
    this.score = score;
  }

  /** The weight of this grade in the pipeline coordination score. */
  public double score() {
    return score;
  }

  /** The name used in the report. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

package io.nwtn.stress.validation;

/**
 * Data-flow integrity of one answer.
 *
 * @param chainWhole the {@code upstream_step_id} links form one chain from the first step to the
 *     last (the contract's rule, which decides pass or fail)
 * @param requiredFieldsPresent every step names its agent and carries {@code output_data}, and the
 *     answer carries {@code context_used} and {@code safety_validated}
 * @param substantialAnswer the final answer has at least {@link #SUBSTANTIAL_ANSWER} characters
 * @param contextMatchesSteps the answer's {@code context_used} equals the sum of its steps'
 */
public record DataFlow(
    boolean chainWhole,
    boolean requiredFieldsPresent,
    boolean substantialAnswer,
    boolean contextMatchesSteps) {

  /** Shortest final answer (trimmed) that counts as substantial, as the original validator had. */
  public static final int SUBSTANTIAL_ANSWER = 20;

  /** A run without a valid answer has no data flow at all. */
  static final DataFlow NONE = new DataFlow(false, false, false, false);

  /** Whether every data-flow check holds. */
  public boolean intact() {
    return chainWhole && requiredFieldsPresent && substantialAnswer && contextMatchesSteps;
  }
}

package io.nwtn.stress.contract;

/** What a {@code 200} body is under the contract: a valid response or the rule it broke. */
public sealed interface ContractResult {

  /** A body that satisfies every rule for a successful answer. */
  record Valid(PrsmResponse response) implements ContractResult {}

  /**
   * A body that counts as a failed request.
   *
   * @param rule a short stable identifier of the broken rule, e.g. {@code final_answer_too_short}
   * @param detail a sentence for a person
   */
  record Violation(String rule, String detail) implements ContractResult {}
}

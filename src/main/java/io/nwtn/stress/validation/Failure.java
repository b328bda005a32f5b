package io.nwtn.stress.validation;

/**
 * Why a run failed the contract's pass rule.
 *
 * @param code a stable identifier of the broken rule, e.g. {@code agent_missing}
 * @param reason a short phrase for a person, e.g. {@code agent router missing}
 */
public record Failure(String code, String reason) {}

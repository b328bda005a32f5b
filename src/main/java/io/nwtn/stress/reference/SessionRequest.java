package io.nwtn.stress.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import java.io.IOException;
import java.util.Optional;

/**
 * A valid body of {@code POST /api/v1/sessions}.
 *
 * @param complexity {@code preferences.complexity}, empty when the client did not say
 */
record SessionRequest(
    String prompt, String userId, int contextAllocation, Optional<QueryClass> complexity) {

  static final int MAX_PROMPT = 10_000;
  static final int MAX_USER_ID = 128;
  static final int MAX_ALLOCATION = 100_000;

  /** A parsed body: the request, or why it is a bad request. */
  sealed interface Parsed {}

  record Ok(SessionRequest request) implements Parsed {}

  record Invalid(String detail) implements Parsed {}

  static Parsed parse(byte[] body) {
    JsonNode root;
    try {
      root = ResponseContract.mapper().readTree(body);
    } catch (IOException e) {
      return new Invalid("body is not JSON");
    }
    if (root == null || !root.isObject()) {
      return new Invalid("body is not a JSON object");
    }
    Optional<String> problem =
        text(root, "prompt", MAX_PROMPT)
            .or(() -> text(root, "user_id", MAX_USER_ID))
            .or(() -> allocation(root))
            .or(() -> preferences(root.get("preferences")));
    if (problem.isPresent()) {
      return new Invalid(problem.get());
    }
    JsonNode complexity = root.path("preferences").path("complexity");
    return new Ok(
        new SessionRequest(
            root.get("prompt").asText(),
            root.get("user_id").asText(),
            root.get("context_allocation").intValue(),
            complexity.isTextual() ? QueryClass.fromWire(complexity.asText()) : Optional.empty()));
  }

  private static Optional<String> text(JsonNode root, String field, int max) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return Optional.of(field + " is missing");
    }
    if (!node.isTextual()) {
      return Optional.of(field + " must be a string");
    }
    int length = node.asText().codePointCount(0, node.asText().length());
    if (length < 1 || length > max) {
      return Optional.of(field + " must have 1 to " + max + " characters, has " + length);
    }
    return Optional.empty();
  }

  private static Optional<String> allocation(JsonNode root) {
    JsonNode node = root.get("context_allocation");
    if (node == null || node.isNull()) {
      return Optional.of("context_allocation is missing");
    }
    if (!node.isIntegralNumber()) {
      return Optional.of("context_allocation must be an integer");
    }
    if (!node.canConvertToInt() || node.intValue() < 1 || node.intValue() > MAX_ALLOCATION) {
      return Optional.of("context_allocation must be 1 to " + MAX_ALLOCATION + ", is " + node);
    }
    return Optional.empty();
  }

  private static Optional<String> preferences(JsonNode preferences) {
    if (preferences == null || preferences.isNull()) {
      return Optional.empty();
    }
    if (!preferences.isObject()) {
      return Optional.of("preferences must be an object");
    }
    JsonNode complexity = preferences.get("complexity");
    if (complexity != null && !complexity.isNull()) {
      if (!complexity.isTextual() || QueryClass.fromWire(complexity.asText()).isEmpty()) {
        return Optional.of(
            "preferences.complexity must be simple, medium or complex, is " + complexity);
      }
    }
    JsonNode agents = preferences.get("expected_agents");
    if (agents != null && !agents.isNull()) {
      if (!agents.isArray()) {
        return Optional.of("preferences.expected_agents must be a list of strings");
      }
      for (JsonNode agent : agents) {
        if (!agent.isTextual()) {
          return Optional.of("preferences.expected_agents must be a list of strings");
        }
      }
    }
    return Optional.empty();
  }
}

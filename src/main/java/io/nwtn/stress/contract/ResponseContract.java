package io.nwtn.stress.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * The rules that make a {@code 200} body a success: JSON, with {@code session_id}, a {@code
 * final_answer} of at least 10 characters, a {@code reasoning_trace} list and a {@code
 * confidence_score} from 0 to 1. Anything else is a failed request, whatever its status.
 */
public final class ResponseContract {

  /** Shortest final answer the contract accepts. */
  public static final int MIN_FINAL_ANSWER = 10;

  // the fast double parser gives the very doubles Double.parseDouble gives, in a fraction of its
  // time: every answer carries a dozen or more of them
  private static final ObjectMapper MAPPER =
      new ObjectMapper(
              JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).build())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ResponseContract() {}

  /** The shared, thread-safe mapper for contract bodies. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Checks a {@code 200} body against the contract. Never throws. A working orchestrator's answer
   * is read in one streaming pass ({@link StreamBinding}); any other body is parsed into a tree and
   * judged by the rules below, which alone name what is wrong with it.
   */
  public static ContractResult check(byte[] body) {
    PrsmResponse plain = StreamBinding.response(body);
    return plain != null ? new ContractResult.Valid(plain) : checkTree(body);
  }

  /** {@link #check} from the tree alone. */
  static ContractResult checkTree(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      return new ContractResult.Violation("not_json", "body is not JSON");
    }
    if (root == null || !root.isObject()) {
      return new ContractResult.Violation("not_json_object", "body is not a JSON object");
    }
    if (!root.path("session_id").isTextual() || root.path("session_id").asText().isEmpty()) {
      return new ContractResult.Violation("missing_session_id", "session_id is missing");
    }
    JsonNode answer = root.path("final_answer");
    if (!answer.isTextual()) {
      return new ContractResult.Violation("missing_final_answer", "final_answer is missing");
    }
    if (answer.asText().length() < MIN_FINAL_ANSWER) {
      return new ContractResult.Violation(
          "final_answer_too_short",
          "final_answer has fewer than " + MIN_FINAL_ANSWER + " characters");
    }
    if (!root.path("reasoning_trace").isArray()) {
      return new ContractResult.Violation(
          "missing_reasoning_trace", "reasoning_trace is missing or not a list");
    }
    JsonNode confidence = root.path("confidence_score");
    if (!confidence.isNumber()) {
      return new ContractResult.Violation(
          "missing_confidence_score", "confidence_score is missing or not a number");
    }
    double c = confidence.asDouble();
    if (c < 0 || c > 1) {
      return new ContractResult.Violation(
          "confidence_out_of_range", "confidence_score " + c + " is outside 0..1");
    }
    // the tree parsed once: plain answers are read from it directly, the rest bound by Jackson
    PrsmResponse plain = TreeBinding.response((ObjectNode) root);
    if (plain != null) {
      return new ContractResult.Valid(plain);
    }
    try {
      return new ContractResult.Valid(MAPPER.treeToValue(root, PrsmResponse.class));
    } catch (JsonProcessingException e) {
      return new ContractResult.Violation("malformed_fields", "a field has the wrong type");
    }
  }

  /** The error body of a non-200 answer, or empty when it is not the contract's error shape. */
  public static Optional<ErrorBody> errorBody(byte[] body) {
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root != null && root.path("error").isTextual()) {
        return Optional.of(new ErrorBody(root.get("error").asText(), root.path("detail").asText()));
      }
    } catch (IOException e) {
      // not the contract's error shape
    }
    return Optional.empty();
  }
}

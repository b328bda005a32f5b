package io.nwtn.stress.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PrsmResponse} read straight from the tree the contract check already parsed, for the
 * answers whose every field has its plain JSON type (the answers of a working orchestrator): the
 * same values, the same collection types ({@link ArrayList}, {@link LinkedHashMap}) and the same
 * numbers ({@code Integer}, {@code Long}, {@code Double}) that Jackson's data binding gives,
 * without walking the tree again through a parser and deserializers. Any other type (a number as a
 * string, a float where an integer goes, a big integer, ...) gives {@code null}, and the caller
 * binds with Jackson, so that its coercions and errors stay the rule.
 */
final class TreeBinding {

  private TreeBinding() {}

  /** The response of {@code root}, or {@code null} when a field is not of its plain type. */
  static PrsmResponse response(ObjectNode root) {
    try {
      return new PrsmResponse(
          text(root.get("session_id")),
          text(root.get("user_id")),
          text(root.get("final_answer")),
          steps(root.get("reasoning_trace")),
          decimal(root.get("confidence_score")),
          integer(root.get("context_used")),
          decimal(root.get("ftns_charged")),
          list(root.get("sources")),
          bool(root.get("safety_validated")),
          map(root.get("metadata")));
    } catch (NotPlain e) {
      return null;
    }
  }

  private static List<ReasoningStep> steps(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isArray()) {
      throw NotPlain.INSTANCE;
    }
    List<ReasoningStep> steps = new ArrayList<>(node.size());
    for (JsonNode step : node) {
      steps.add(absent(step) ? null : step(step));
    }
    return steps;
  }

  private static ReasoningStep step(JsonNode node) throws NotPlain {
    if (!node.isObject()) {
      throw NotPlain.INSTANCE;
    }
    return new ReasoningStep(
        text(node.get("step_id")),
        text(node.get("agent_type")),
        text(node.get("agent_id")),
        map(node.get("input_data")),
        map(node.get("output_data")),
        decimal(node.get("execution_time")),
        decimal(node.get("confidence_score")),
        integer(node.get("context_used")),
        bool(node.get("success")));
  }

  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private static String text(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw NotPlain.INSTANCE;
    }
    return node.textValue();
  }

  private static Double decimal(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isDouble()) {
      throw NotPlain.INSTANCE;
    }
    return node.doubleValue();
  }

  private static Integer integer(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isInt()) {
      throw NotPlain.INSTANCE;
    }
    return node.intValue();
  }

  private static Boolean bool(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isBoolean()) {
      throw NotPlain.INSTANCE;
    }
    return node.booleanValue();
  }

  private static Map<String, Object> map(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      throw NotPlain.INSTANCE;
    }
    return object((ObjectNode) node);
  }

  private static List<Object> list(JsonNode node) throws NotPlain {
    if (absent(node)) {
      return null;
    }
    if (!node.isArray()) {
      throw NotPlain.INSTANCE;
    }
    return array((ArrayNode) node);
  }

  private static Map<String, Object> object(ObjectNode node) throws NotPlain {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      map.put(field.getKey(), untyped(field.getValue()));
    }
    return map;
  }

  private static List<Object> array(ArrayNode node) throws NotPlain {
    List<Object> list = new ArrayList<>(node.size());
    for (JsonNode element : node) {
      list.add(untyped(element));
    }
    return list;
  }

  /** A value of a {@code Map<String, Object>} or {@code List<Object>}, as Jackson binds it. */
  private static Object untyped(JsonNode node) throws NotPlain {
    return switch (node.getNodeType()) {
      case STRING -> node.textValue();
      case BOOLEAN -> node.booleanValue();
      case NULL -> null;
      case OBJECT -> object((ObjectNode) node);
      case ARRAY -> array((ArrayNode) node);
      case NUMBER -> {
        if (node.isInt() || node.isLong() || node.isDouble()) {
          yield node.numberValue();
        }
        throw NotPlain.INSTANCE;
      }
      default -> throw NotPlain.INSTANCE;
    };
  }
}

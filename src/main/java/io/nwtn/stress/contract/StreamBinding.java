package io.nwtn.stress.contract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A valid answer read in one pass of Jackson's streaming parser, without a tree: the {@link
 * PrsmResponse} that {@link TreeBinding} reads from the tree, for the answers of a working
 * orchestrator, which every field of the contract's plain type and no rule broken. Anything else (a
 * rule broken, a field of another type, a big integer, text after the answer, a body that is not
 * JSON) gives {@code null}, and the caller parses the tree, so that its rules, coercions and
 * messages stay the only ones. On the answers it reads, the result equals the tree's: the same
 * values, collection types ({@link ArrayList}, {@link LinkedHashMap}), number types ({@code
 * Integer}, {@code Long}, {@code Double}), and the last of a repeated field.
 */
final class StreamBinding {

  private StreamBinding() {}

  /** The response of a valid, plain {@code 200} body, or {@code null}. */
  static PrsmResponse response(byte[] body) {
    try (JsonParser p = ResponseContract.mapper().getFactory().createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      PrsmResponse response = root(p);
      // what follows the answer is the tree's to judge
      return p.nextToken() == null && valid(response) ? response : null;
    } catch (IOException | NotPlain e) {
      return null;
    }
  }

  /** The contract's rules, as {@link ResponseContract#check} applies them to the tree. */
  private static boolean valid(PrsmResponse r) {
    return r.sessionId() != null
        && !r.sessionId().isEmpty()
        && r.finalAnswer() != null
        && r.finalAnswer().length() >= ResponseContract.MIN_FINAL_ANSWER
        && r.reasoningTrace() != null
        && r.confidenceScore() != null
        && r.confidenceScore() >= 0
        && r.confidenceScore() <= 1;
  }

  private static PrsmResponse root(JsonParser p) throws IOException, NotPlain {
    String sessionId = null;
    String userId = null;
    String finalAnswer = null;
    List<ReasoningStep> trace = null;
    Double confidence = null;
    Integer contextUsed = null;
    Double ftns = null;
    List<Object> sources = null;
    Boolean safety = null;
    Map<String, Object> metadata = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "session_id" -> sessionId = text(p, t);
        case "user_id" -> userId = text(p, t);
        case "final_answer" -> finalAnswer = text(p, t);
        case "reasoning_trace" -> trace = steps(p, t);
        case "confidence_score" -> confidence = decimal(p, t);
        case "context_used" -> contextUsed = integer(p, t);
        case "ftns_charged" -> ftns = decimal(p, t);
        case "sources" -> sources = t == JsonToken.VALUE_NULL ? null : array(p, t);
        case "safety_validated" -> safety = bool(t);
        case "metadata" -> metadata = map(p, t);
        default -> p.skipChildren();
      }
    }
    endOfObject(p);
    return new PrsmResponse(
        sessionId,
        userId,
        finalAnswer,
        trace,
        confidence,
        contextUsed,
        ftns,
        sources,
        safety,
        metadata);
  }

  private static List<ReasoningStep> steps(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw NotPlain.INSTANCE;
    }
    List<ReasoningStep> steps = new ArrayList<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      if (e == JsonToken.VALUE_NULL) {
        steps.add(null);
      } else if (e == JsonToken.START_OBJECT) {
        steps.add(step(p));
      } else {
        throw NotPlain.INSTANCE;
      }
    }
    return steps;
  }

  private static ReasoningStep step(JsonParser p) throws IOException, NotPlain {
    String stepId = null;
    String agentType = null;
    String agentId = null;
    Map<String, Object> input = null;
    Map<String, Object> output = null;
    Double time = null;
    Double confidence = null;
    Integer contextUsed = null;
    Boolean success = null;
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (field) {
        case "step_id" -> stepId = text(p, t);
        case "agent_type" -> agentType = text(p, t);
        case "agent_id" -> agentId = text(p, t);
        case "input_data" -> input = map(p, t);
        case "output_data" -> output = map(p, t);
        case "execution_time" -> time = decimal(p, t);
        case "confidence_score" -> confidence = decimal(p, t);
        case "context_used" -> contextUsed = integer(p, t);
        case "success" -> success = bool(t);
        default -> p.skipChildren();
      }
    }
    endOfObject(p);
    return new ReasoningStep(
        stepId, agentType, agentId, input, output, time, confidence, contextUsed, success);
  }

  /**
   * {@code nextFieldName} gave {@code null}: the object ended, else the parser stands elsewhere.
   */
  private static void endOfObject(JsonParser p) throws NotPlain {
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw NotPlain.INSTANCE;
    }
  }

  private static String text(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw NotPlain.INSTANCE;
    }
    return p.getText();
  }

  private static Double decimal(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw NotPlain.INSTANCE;
    }
    return p.getDoubleValue();
  }

  private static Integer integer(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
      throw NotPlain.INSTANCE;
    }
    return p.getIntValue();
  }

  private static Boolean bool(JsonToken t) throws NotPlain {
    return switch (t) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> throw NotPlain.INSTANCE;
    };
  }

  private static Map<String, Object> map(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      throw NotPlain.INSTANCE;
    }
    return object(p);
  }

  private static Map<String, Object> object(JsonParser p) throws IOException, NotPlain {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
      map.put(field, untyped(p, p.nextToken()));
    }
    endOfObject(p);
    return map;
  }

  private static List<Object> array(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t != JsonToken.START_ARRAY) {
      throw NotPlain.INSTANCE;
    }
    List<Object> list = new ArrayList<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      list.add(untyped(p, e));
    }
    return list;
  }

  /** A value of a {@code Map<String, Object>} or {@code List<Object>}, as the tree gives it. */
  private static Object untyped(JsonParser p, JsonToken t) throws IOException, NotPlain {
    if (t == null) {
      throw NotPlain.INSTANCE;
    }
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      case START_OBJECT -> object(p);
      case START_ARRAY -> array(p, t);
      case VALUE_NUMBER_INT -> {
        JsonParser.NumberType type = p.getNumberType();
        if (type == JsonParser.NumberType.INT) {
          yield p.getIntValue();
        }
        if (type == JsonParser.NumberType.LONG) {
          yield p.getLongValue();
        }
        throw NotPlain.INSTANCE;
      }
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      default -> throw NotPlain.INSTANCE;
    };
  }
}

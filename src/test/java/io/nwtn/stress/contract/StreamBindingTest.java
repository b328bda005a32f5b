package io.nwtn.stress.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The streaming pass judges every body as the tree does: on a realistic answer, on that answer with
 * each field (of the answer and of a step) in turn replaced by values of every JSON type or left
 * out, and on bodies that are not one plain JSON object. Where it reads an answer, the response
 * equals the tree's, number and collection types included; everything else falls back.
 */
class StreamBindingTest {

  private static final ObjectMapper MAPPER = ResponseContract.mapper();

  @Test
  void realisticAnswerIsReadInOnePassWithTheTreesValues() throws Exception {
    byte[] body = TreeBindingTest.ANSWER.getBytes(StandardCharsets.UTF_8);
    PrsmResponse fast = StreamBinding.response(body);
    assertNotNull(fast);
    assertEquals(((ContractResult.Valid) ResponseContract.checkTree(body)).response(), fast);
    Object big = fast.reasoningTrace().get(0).outputData().get("n");
    assertEquals(Long.class, big.getClass());
    assertEquals(
        Integer.class, fast.reasoningTrace().get(0).inputData().get("prompt_chars").getClass());
    assertEquals(Double.class, fast.metadata().get("simulated_ms").getClass());
  }

  @Test
  void everyFieldOfEveryTypeIsJudgedAsTheTreeJudgesIt() throws Exception {
    ObjectNode original = (ObjectNode) MAPPER.readTree(TreeBindingTest.ANSWER);
    List<String> fields = new ArrayList<>();
    original.fieldNames().forEachRemaining(fields::add);
    fields.add("missing_one");
    int fast = 0;
    int variants = 0;
    for (String field : fields) {
      for (JsonNode value : values()) {
        ObjectNode root = original.deepCopy();
        root.set(field, value);
        fast += compare(MAPPER.writeValueAsBytes(root));
        root = original.deepCopy();
        root.remove(field);
        fast += compare(MAPPER.writeValueAsBytes(root));
        variants += 2;
      }
    }
    ObjectNode step = (ObjectNode) original.get("reasoning_trace").get(0);
    List<String> stepFields = new ArrayList<>();
    step.fieldNames().forEachRemaining(stepFields::add);
    for (String field : stepFields) {
      for (JsonNode value : values()) {
        ObjectNode root = original.deepCopy();
        ((ObjectNode) root.get("reasoning_trace").get(0)).set(field, value);
        fast += compare(MAPPER.writeValueAsBytes(root));
        root = original.deepCopy();
        ((ObjectNode) root.get("reasoning_trace").get(0)).remove(field);
        fast += compare(MAPPER.writeValueAsBytes(root));
        variants += 2;
      }
    }
    for (JsonNode value : values()) {
      ObjectNode root = original.deepCopy();
      ((ArrayNode) root.get("reasoning_trace")).add(value);
      fast += compare(MAPPER.writeValueAsBytes(root));
      variants++;
    }
    assertTrue(fast > 100 && fast < variants, fast + " of " + variants + " read in one pass");
  }

  @Test
  void bodiesThatAreNotOnePlainObjectFallBackToTheTree() {
    String answer = TreeBindingTest.ANSWER.strip();
    String inner = answer.substring(1);
    for (String body :
        List.of(
            "",
            "   ",
            "null",
            "[]",
            "\"text\"",
            "{",
            "not json",
            answer.substring(0, answer.length() / 2),
            answer + " trailing",
            answer + " {}",
            answer + "\n\t ",
            "{\"session_id\":null," + inner,
            "{\"session_id\":\"\"," + inner.replace("\"session_id\":\"s-1\",", ""),
            "{\"session_id\":7," + inner,
            // a repeated field: the tree keeps the last
            "{\"confidence_score\":0.1,\"final_answer\":\"short\"," + inner,
            answer.replace("\"confidence_score\":0.88", "\"confidence_score\":1"),
            answer.replace("\"confidence_score\":0.88", "\"confidence_score\":1.5"),
            answer.replace("\"confidence_score\":0.88", "\"confidence_score\":-0.0"),
            answer.replace(
                "\"final_answer\":\"An answer long enough.\"", "\"final_answer\":\"123456789\""),
            answer.replace(
                "\"final_answer\":\"An answer long enough.\"", "\"final_answer\":\"1234567890\""),
            answer.replace(
                "\"final_answer\":\"An answer long enough.\"",
                "\"final_answer\":\"\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\u00e9\\ud83d\\ude00\""),
            answer.replace("\"context_used\":32", "\"context_used\":32.0"),
            answer.replace("\"context_used\":32", "\"context_used\":\"32\""),
            answer.replace("\"context_used\":32", "\"context_used\":5000000000"),
            answer.replace("\"reasoning_trace\":[", "\"reasoning_trace\":[7,"),
            answer.replace("\"safety_validated\":true", "\"safety_validated\":\"true\""))) {
      compare(body.getBytes(StandardCharsets.UTF_8));
    }
    assertNull(StreamBinding.response((answer + " trailing").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The contract's verdict on {@code body} equals the tree's; 1 when the streaming pass read it.
   */
  private static int compare(byte[] body) {
    ContractResult tree = ResponseContract.checkTree(body);
    PrsmResponse fast = StreamBinding.response(body);
    String text = new String(body, StandardCharsets.UTF_8);
    assertEquals(tree, ResponseContract.check(body), text);
    if (fast == null) {
      return 0;
    }
    assertEquals(tree, new ContractResult.Valid(fast), text);
    return 1;
  }

  /** The tree binding's values of every JSON type, and the edges of the contract's ranges. */
  private static List<JsonNode> values() {
    List<JsonNode> values = new ArrayList<>(TreeBindingTest.values());
    try {
      for (String json :
          List.of(
              "0",
              "1",
              "1.0",
              "-0.5",
              "{\"a\":[1,2.5,\"s\",null,{\"b\":false}],\"n\":123456789012345678901234567890}")) {
        values.add(MAPPER.readTree(json));
      }
      return values;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.nwtn.stress.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree binding gives exactly what Jackson's data binding gives, whenever it gives anything: on
 * a realistic answer, and on that answer with each field in turn replaced by values of every JSON
 * type.
 */
class TreeBindingTest {

  private static final ObjectMapper MAPPER = ResponseContract.mapper();

  static final String ANSWER =
      """
      {"session_id":"s-1","user_id":"stress_user_0001","final_answer":"An answer long enough.",
       "reasoning_trace":[
         {"step_id":"a","agent_type":"architect","agent_id":"architect-1",
          "input_data":{"upstream_step_id":null,"prompt_chars":42},
          "output_data":{"plan":["x","y"],"ok":true,"n":5000000000,"ratio":0.25,"deep":{"z":[1,{}]}},
          "execution_time":0.081,"confidence_score":0.91,"context_used":12,"success":true},
         {"step_id":"b","agent_type":"executor","agent_id":"executor-1",
          "input_data":{"upstream_step_id":"a"},"output_data":{},
          "execution_time":0.2,"confidence_score":0.85,"context_used":20,"success":false,
          "unknown":"ignored"}
       ],
       "confidence_score":0.88,"context_used":32,"ftns_charged":0.32,
       "sources":["doc-1",{"title":"t","pages":[1,2]},null,3.5],
       "safety_validated":true,
       "metadata":{"simulated_ms":281.5,"class":"simple","nested":{"list":[true,null]}},
       "extra":{"ignored":1}}
      """;

  private static final List<JsonNode> VALUES = values();

  @Test
  void realisticAnswerTakesTheFastPathWithJacksonsValues() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(ANSWER);
    PrsmResponse fast = TreeBinding.response(root);
    assertNotNull(fast);
    assertEquals(MAPPER.treeToValue(root, PrsmResponse.class), fast);
    assertEquals(
        MAPPER.treeToValue(root, PrsmResponse.class).metadata().get("simulated_ms").getClass(),
        fast.metadata().get("simulated_ms").getClass());
  }

  @Test
  void everyFieldOfEveryTypeBindsAsJacksonBindsItOrFallsBack() throws Exception {
    ObjectNode original = (ObjectNode) MAPPER.readTree(ANSWER);
    List<String> fields = new ArrayList<>();
    original.fieldNames().forEachRemaining(fields::add);
    fields.add("missing_one");
    int fast = 0;
    for (String field : fields) {
      for (JsonNode value : VALUES) {
        ObjectNode root = original.deepCopy();
        root.set(field, value);
        fast += compare(root);
        root = original.deepCopy();
        root.remove(field);
        fast += compare(root);
      }
    }
    ObjectNode step = (ObjectNode) original.get("reasoning_trace").get(0);
    List<String> stepFields = new ArrayList<>();
    step.fieldNames().forEachRemaining(stepFields::add);
    for (String field : stepFields) {
      for (JsonNode value : VALUES) {
        ObjectNode root = original.deepCopy();
        ((ObjectNode) root.get("reasoning_trace").get(0)).set(field, value);
        fast += compare(root);
      }
    }
    for (JsonNode value : VALUES) {
      ObjectNode root = original.deepCopy();
      ((ArrayNode) root.get("reasoning_trace")).add(value);
      fast += compare(root);
    }
    assertEquals(true, fast > 100, "most variants still take the fast path: " + fast);
  }

  /** 1 when the fast path answered (and agreed with Jackson), 0 when it fell back. */
  private static int compare(ObjectNode root) {
    PrsmResponse fast = TreeBinding.response(root);
    if (fast == null) {
      return 0;
    }
    PrsmResponse jackson;
    try {
      jackson = MAPPER.treeToValue(root, PrsmResponse.class);
    } catch (Exception e) {
      throw new AssertionError("fast path bound what Jackson rejects: " + root, e);
    }
    assertEquals(jackson, fast, root.toString());
    return 1;
  }

  static List<JsonNode> values() {
    try {
      List<JsonNode> values = new ArrayList<>();
      for (String json :
          List.of(
              "\"text\"",
              "\"\"",
              "\"1.5\"",
              "\"true\"",
              "3",
              "-7",
              "5000000000",
              "123456789012345678901234567890",
              "0.5",
              "1e300",
              "true",
              "false",
              "null",
              "{}",
              "[]",
              "{\"a\":[1,2.5,\"s\",null,{\"b\":false}]}",
              "[\"a\",1,{\"c\":null}]",
              "[{\"step_id\":\"q\"}]",
              "[null]")) {
        values.add(MAPPER.readTree(json));
      }
      return values;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

package simulations.chains;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ResponseContract;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The session body and user id built per request are what the mapper and the formatter give. */
class SessionQueriesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What is 2 + 2?",
        "A \"quoted\" word, a back\\slash and a / slash",
        "tab\there, new\nline, return\r, bell\u0007 and nul\u0000",
        "non-ASCII: café, 日本語, emoji \uD83D\uDE00, lone surrogate \uD800",
        "</script><!-- html -->",
        ""
      })
  void bodyIsByteForByteTheMappersOfTheSameMap(String prompt) throws Exception {
    for (QueryClass c : QueryClass.values()) {
      for (long user : new long[] {1, 42, 9_999, 123_456}) {
        Map<String, Object> preferences = new LinkedHashMap<>();
        preferences.put("complexity", c.wireName());
        preferences.put(
            "expected_agents", c.expectedAgents().stream().map(Agent::wireName).toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", prompt);
        body.put("user_id", String.format("stress_user_%04d", user));
        body.put("context_allocation", c.contextAllocation());
        body.put("preferences", preferences);
        assertEquals(
            ResponseContract.mapper().writeValueAsString(body),
            SessionQueries.body(prompt, SessionQueries.userId(user), SessionQueries.bodyTail(c)));
      }
    }
  }

  @Test
  void userIdIsTheFormattersZeroPaddedNumber() {
    for (long id : new long[] {0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 1_234_567}) {
      assertEquals(String.format("stress_user_%04d", id), SessionQueries.userId(id));
    }
  }
}

package io.nwtn.stress.recording;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.QueryClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeTest {

  static final String VALID =
      "{\"session_id\":\"s1\",\"user_id\":\"stress_user_0001\",\"final_answer\":\"Machine learning"
          + " is ...\",\"reasoning_trace\":[],\"confidence_score\":0.9,\"context_used\":12}";

  @Test
  void validAnswerIsOkAndKeepsTheParsedResponse() {
    Outcome o = Outcome.of(200, VALID.getBytes(UTF_8));
    assertTrue(o.ok());
    assertEquals("s1", o.response().sessionId());
    SessionSample s = o.sample(QueryClass.SIMPLE, 10, 30);
    assertTrue(s.ok());
    assertEquals(200, s.httpStatus());
    assertEquals(20, s.endEpochMs() - s.startEpochMs());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "200|not json|HTTP 200 contract not_json",
        "200|{\"session_id\":\"s\",\"final_answer\":\"short\",\"reasoning_trace\":[],"
            + "\"confidence_score\":0.5}|HTTP 200 contract final_answer_too_short",
        "503|{\"error\":\"circuit_breaker_open\",\"detail\":\"open\"}|HTTP 503 circuit_breaker_open",
        "429|{\"error\":\"rate_limited\",\"detail\":\"later\"}|HTTP 429 rate_limited",
        "502|<html>bad gateway</html>|HTTP 502 no_error_body"
      })
  void failedAnswerNamesStatusAndCodeOrRule(int status, String body, String failure) {
    Outcome o = Outcome.of(status, body.getBytes(UTF_8));
    assertFalse(o.ok());
    assertNull(o.response());
    assertEquals(failure, o.failure());
    SessionSample s = o.sample(QueryClass.MEDIUM, 0, 1);
    assertFalse(s.ok());
    assertEquals(status, s.httpStatus());
  }

  @Test
  void errorCodeAndRuleLandInTheSample() {
    SessionSample breaker =
        Outcome.of(503, "{\"error\":\"overloaded\"}".getBytes(UTF_8))
            .sample(QueryClass.COMPLEX, 0, 1);
    assertEquals("overloaded", breaker.errorCode());
    assertNull(breaker.violatedRule());
    SessionSample broken = Outcome.of(200, "[]".getBytes(UTF_8)).sample(QueryClass.COMPLEX, 0, 1);
    assertEquals("not_json_object", broken.violatedRule());
    assertNull(broken.errorCode());
  }
}

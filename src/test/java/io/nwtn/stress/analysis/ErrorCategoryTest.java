package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorCategoryTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bodyBytes.find.transformOption.nwtn contract, j.l.IllegalStateException: HTTP 500 internal_error | http_500_internal_error",
        "nwtn contract: HTTP 503 circuit_breaker_open | http_503_circuit_breaker_open",
        "nwtn contract: HTTP 502 no_error_body | http_502",
        "nwtn contract: HTTP 200 contract final_answer_too_short | invalid_body:final_answer_too_short",
        "i.g.h.c.i.RequestTimeoutException: Request timeout to 127.0.0.1/127.0.0.1:8000 after 60000 ms | timeout",
        "j.n.ConnectException: Connection refused | connection_refused",
        "j.n.SocketException: Connection reset | connection_reset",
        "i.n.c.StacklessClosedChannelException: PrematureChannelClosure | connection_reset",
        "i.g.h.c.i.PrematureCloseException: Premature close | connection_reset",
        "status.find.in([200, 209], 304), found 500 | http_500",
        "bodyString.find.is(bezahlt ✓), failed | check_failed",
        " | check_failed"
      })
  void koMessagesFallIntoTheirCategory(String message, String category) {
    assertEquals(category, ErrorCategory.of(message));
  }
}

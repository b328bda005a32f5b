package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.nwtn.stress.contract.ErrorCode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthTest {

  private static final String TOKEN = "s3cret-token-value";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            TestServer.FAST
                + "nwtn.reference.auth.token = \""
                + TOKEN
                + "\"\nnwtn.reference.admin.enabled = true\n");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theRightTokenIsLetThrough() {
    HttpResponse<byte[]> response =
        server.post(
            "/api/v1/sessions",
            TestServer.session("simple", 50),
            "Authorization",
            "Bearer " + TOKEN);
    assertEquals(200, response.statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bearer wrong", "Bearer " + TOKEN + "x", TOKEN, "Basic abc"})
  void aMissingOrWrongTokenGets401WithoutEchoingIt(String authorization) {
    HttpResponse<byte[]> response =
        authorization.isEmpty()
            ? server.post("/api/v1/sessions", TestServer.session("simple", 50))
            : server.post(
                "/api/v1/sessions",
                TestServer.session("simple", 50),
                "Authorization",
                authorization);
    ErrorTableTest.assertError(response, ErrorCode.UNAUTHORIZED);
    assertFalse(new String(response.body()).contains(TOKEN));
  }

  @Test
  void adminNeedsTheTokenToo() {
    ErrorTableTest.assertError(server.get("/admin/faults"), ErrorCode.UNAUTHORIZED);
  }

  @Test
  void healthNeedsNoToken() {
    assertEquals(200, server.get("/health").statusCode());
  }

  @Test
  void settingsNeverShowTheToken() {
    assertFalse(server.server.settings().toString().contains(TOKEN));
  }
}

package io.nwtn.stress.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each injected request breaks one rule, so a target that keeps the contract rejects it. */
class InjectedRequestTest {

  static final String TOKEN = "reference-test-token";
  static ReferenceOrchestrator server;
  static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    server =
        ReferenceOrchestrator.start(
            ReferenceSettings.fromConfig(
                ConfigFactory.parseString("nwtn.reference.auth.token = \"" + TOKEN + "\"")
                    .withFallback(ConfigFactory.defaultReference())
                    .resolve()),
            "127.0.0.1",
            0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(InjectedRequest.class)
  void referenceOrchestratorAnswersTheDocumentedRejection(InjectedRequest r) throws Exception {
    String token = r == InjectedRequest.WRONG_TOKEN ? InjectedRequest.WRONG_TOKEN_VALUE : TOKEN;
    HttpResponse<byte[]> response = post(r.body(), token);
    assertEquals(r.expected().status(), response.statusCode(), new String(response.body()));
    assertEquals(
        r.expected().code(),
        ResponseContract.errorBody(response.body()).map(ErrorBody::error).orElse(null));
  }

  @Test
  void theWrongTokenRequestIsOtherwiseValid() throws Exception {
    assertEquals(200, post(InjectedRequest.WRONG_TOKEN.body(), TOKEN).statusCode());
  }

  @Test
  void oversizedBodyIsPastTheContractsLimitAndNamesAreFixed() {
    assertTrue(
        InjectedRequest.OVERSIZED_BODY.body().getBytes(StandardCharsets.UTF_8).length > 65_536);
    for (InjectedRequest r : InjectedRequest.values()) {
      assertTrue(r.requestName().startsWith(InjectedRequest.PREFIX));
      assertEquals(r, InjectedRequest.ofRequestName(r.requestName()).orElseThrow());
    }
    assertFalse(InjectedRequest.ofRequestName("simple query").isPresent());
  }

  @Test
  void anAnswerFailsOnTheFirstRuleItBreaksInGatlingsWords() {
    InjectedRequest oversized = InjectedRequest.OVERSIZED_BODY;
    assertNull(oversized.failure(413, "payload_too_large", 2000, 2000));
    assertEquals(
        "status.find.is(413), found 401",
        oversized.failure(401, "payload_too_large", 5000, 2000),
        "the status first, whatever else is wrong");
    assertEquals(
        "jsonPath($.error).find.is(payload_too_large), found bad_request",
        oversized.failure(413, "bad_request", 5000, 2000));
    assertEquals(
        "jsonPath($.error).find.is(payload_too_large), found nothing",
        oversized.failure(413, null, 10, 2000));
    assertEquals(
        "responseTimeInMillis.find.lte(2000), found 2001",
        oversized.failure(413, "payload_too_large", 2001, 2000));
    assertEquals(
        "status.find.is(400), found 200",
        InjectedRequest.MISSING_PROMPT.failure(200, null, 3, 2000));
  }

  @Test
  void wrongTokenIsSentOnlyWhenTheRunUsesAToken() {
    assertFalse(InjectedRequest.forRun(false).contains(InjectedRequest.WRONG_TOKEN));
    assertEquals(5, InjectedRequest.forRun(true).size());
  }

  private static HttpResponse<byte[]> post(String body, String token) throws Exception {
    URI uri = server.baseUri().resolve("/api/v1/sessions");
    return CLIENT.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}

package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ErrorCode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdminEndpointTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(
            TestServer.FAST
                + "nwtn.reference.admin.enabled = true\n"
                + "nwtn.reference.breaker.enabled = false\n");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void reset() {
    server.request("DELETE", "/admin/faults", null);
  }

  @Test
  void getShowsTheFaultsInForce() {
    HttpResponse<byte[]> response = server.get("/admin/faults");
    assertEquals(200, response.statusCode());
    JsonNode faults = TestServer.json(response);
    for (String key : FaultSettings.KEYS) {
      assertTrue(faults.has(key), key);
    }
    assertEquals(0.01, faults.path("latency-factor").asDouble());
    assertEquals(false, faults.path("outage-active").asBoolean());
  }

  @ParameterizedTest
  @CsvSource({"POST", "PUT"})
  void aPatchChangesOnlyItsKeysAndTakesEffect(String method) {
    HttpResponse<byte[]> response =
        server.request(method, "/admin/faults", "{\"error-ratio\": 1.0}");
    assertEquals(200, response.statusCode());
    assertEquals(1.0, TestServer.json(response).path("error-ratio").asDouble());
    assertEquals(0.01, TestServer.json(response).path("latency-factor").asDouble());
    ErrorTableTest.assertError(
        server.post("/api/v1/sessions", TestServer.session("simple", 50)),
        ErrorCode.INTERNAL_ERROR);
  }

  @Test
  void anOutageSetAtRunTimeStartsFromThePatch() {
    server.request(
        "POST", "/admin/faults", "{\"outage-start\": \"0s\", \"outage-duration\": \"1m\"}");
    assertEquals(503, server.get("/health").statusCode());
    assertEquals(
        true, TestServer.json(server.get("/admin/faults")).path("outage-active").asBoolean());
    server.request("DELETE", "/admin/faults", null);
    assertEquals(200, server.get("/health").statusCode());
    assertEquals(
        200, server.post("/api/v1/sessions", TestServer.session("simple", 50)).statusCode());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"error-ratio\": 2} | nwtn.reference.faults.error-ratio",
        "{\"missing-agent\": \"oracle\"} | nwtn.reference.faults.missing-agent",
        "{\"nope\": 1} | nwtn.reference.faults.nope",
        "{not json | faults patch"
      })
  void aBadPatchGets400NamingTheKeyAndChangesNothing(String patch, String key) {
    HttpResponse<byte[]> response = server.request("POST", "/admin/faults", patch);
    ErrorTableTest.assertError(response, ErrorCode.BAD_REQUEST);
    assertTrue(TestServer.json(response).path("detail").asText().startsWith(key));
    assertEquals(0.0, TestServer.json(server.get("/admin/faults")).path("error-ratio").asDouble());
  }

  @Test
  void deleteGoesBackToTheConfiguredFaults() {
    server.request("POST", "/admin/faults", "{\"latency-factor\": 5}");
    JsonNode faults = TestServer.json(server.request("DELETE", "/admin/faults", null));
    assertEquals(0.01, faults.path("latency-factor").asDouble());
  }

  @Test
  void otherMethodsGet405() {
    ErrorTableTest.assertError(
        server.request("PATCH", "/admin/faults", "{}"), ErrorCode.METHOD_NOT_ALLOWED);
  }
}

package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.ContractResult;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.contract.ReasoningStep;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.contract.TraceAnalysis;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SessionsContractTest {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(TestServer.FAST);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static PrsmResponse valid(HttpResponse<byte[]> response) {
    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    ContractResult result = ResponseContract.check(response.body());
    return assertInstanceOf(ContractResult.Valid.class, result, result::toString).response();
  }

  @ParameterizedTest
  @EnumSource(QueryClass.class)
  void eachClassRunsItsAgentsInOrderWithAWholeChain(QueryClass queryClass) {
    for (int i = 0; i < 20; i++) {
      HttpResponse<byte[]> response =
          server.post(
              "/api/v1/sessions",
              TestServer.session(queryClass.wireName(), queryClass.contextAllocation()));
      PrsmResponse body = valid(response);
      TraceAnalysis trace = TraceAnalysis.of(body.reasoningTrace(), queryClass.expectedAgents());
      assertEquals(queryClass.expectedAgents(), trace.agentsRun());
      assertTrue(trace.chainWhole() && trace.inPipelineOrder() && trace.failedAgents().isEmpty());
      assertEquals(trace.contextUsedBySteps(), body.contextUsed());
      assertTrue(body.contextUsed() <= queryClass.contextAllocation());
      assertEquals(body.contextUsed() * 0.01, body.ftnsCharged(), 1e-9);
      assertTrue(body.safetyValidated() && body.confidenceScore() >= 0.7);
      assertEquals("stress_user_0001", body.userId());
      assertEquals(queryClass.wireName(), body.metadata().get("complexity"));
      double stepsMs =
          body.reasoningTrace().stream().mapToDouble(ReasoningStep::executionTime).sum();
      double headerMs = Double.parseDouble(response.headers().firstValue("X-Simulated-Ms").get());
      assertEquals(stepsMs * 1000, headerMs, 0.01);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "What is machine learning?,simple",
    "Design a microservices architecture for e-commerce now,medium",
    "Research quantum computing + AI intersection with an enterprise roadmap,complex"
  })
  void withoutComplexityTheClassFollowsThePromptLength(String prompt, String expected) {
    String body = "{\"prompt\":\"" + prompt + "\",\"user_id\":\"u\",\"context_allocation\":500}";
    PrsmResponse response = valid(server.post("/api/v1/sessions", body));
    assertEquals(expected, response.metadata().get("complexity"));
  }

  @Test
  void healthReportsBreakerUptimeAndResources() {
    HttpResponse<byte[]> response = server.get("/health");
    assertEquals(200, response.statusCode());
    var health = TestServer.json(response);
    assertEquals("healthy", health.path("status").asText());
    assertEquals("closed", health.path("circuit_breaker").path("state").asText());
    assertEquals(0, health.path("circuit_breaker").path("activations").asInt());
    assertTrue(health.path("uptime_seconds").isNumber());
    assertEquals(ReferenceOrchestrator.IMPLEMENTATION, health.path("implementation").asText());
    assertTrue(health.path("resources").path("heap_used_bytes").asLong() > 0);
    assertTrue(health.path("resources").has("process_cpu_load"));
    assertTrue(health.path("resources").has("requests_in_flight"));
  }
}

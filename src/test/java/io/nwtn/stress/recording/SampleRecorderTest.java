package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.nwtn.stress.analysis.AgentStats;
import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.PrsmResponse;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.HistogramCodec;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.testing.Samples;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleRecorderTest {

  private static Sidecar snapshot(SampleRecorder r) {
    return r.snapshot(
        1,
        2,
        Limits.phase1(),
        Map.of("profile", "smoke"),
        TargetKind.EXTERNAL,
        null,
        null,
        List.of());
  }

  @Test
  void classesAgentsAndFailuresAreRecorded() {
    SampleRecorder r = new SampleRecorder();
    r.accept(Samples.ok(QueryClass.SIMPLE, 1000, 300, 0.1));
    r.accept(Samples.ok(QueryClass.SIMPLE, 1000, 1200, 0.5));
    r.accept(Samples.ok(QueryClass.COMPLEX, 1000, 900, 0.2));
    r.accept(Samples.failed(QueryClass.MEDIUM, 5000, 503, "circuit_breaker_open", null));
    r.accept(Samples.failed(QueryClass.MEDIUM, 7000, 503, "circuit_breaker_open", null));
    r.accept(Samples.failed(QueryClass.SIMPLE, 6000, 200, null, "not_json"));
    r.accept(Samples.failed(QueryClass.SIMPLE, 6500, 0, null, null));
    Sidecar s = snapshot(r);

    assertEquals(
        new Sidecar.ClassRecord(4, 2, 2, 1, s.classes().get("simple").latencyMs()),
        s.classes().get("simple"));
    assertEquals(2, s.classes().get("medium").failed());
    Sidecar.FailureRecord breaker = s.failures().get("http_503_circuit_breaker_open");
    assertEquals(2, breaker.count());
    assertEquals(5020, breaker.firstEpochMs());
    assertEquals(7020, breaker.lastEpochMs());
    assertEquals(1, s.failures().get("invalid_body:not_json").count());
    assertEquals(1, s.failures().get("no_answer").count());
    Map<String, AgentStats> agents = AgentStats.of(s.agentTimesUs());
    assertEquals(3, agents.get("architect").executionCount());
    assertEquals(1, agents.get("compiler").executionCount());
    assertEquals(0.5, agents.get("executor").maxTime(), 0.001);
    assertEquals(
        List.of("architect", "prompter", "router", "executor", "compiler"),
        List.copyOf(agents.keySet()));
  }

  @Test
  void pipelineAndFtnsProblemsAreCounted() {
    SampleRecorder r = new SampleRecorder();
    // a medium answer without its router, whose chain is broken and whose safety was not validated
    PrsmResponse broken =
        Samples.response(
            List.of(Agent.ARCHITECT, Agent.EXECUTOR, Agent.COMPILER), 0.1, false, 0.01);
    PrsmResponse unsafe =
        new PrsmResponse(
            broken.sessionId(),
            broken.userId(),
            broken.finalAnswer(),
            broken.reasoningTrace(),
            0.9,
            150,
            1.5,
            List.of(),
            false,
            Map.of());
    r.accept(new SessionSample(QueryClass.MEDIUM, 0, 100, 200, null, null, unsafe));
    r.accept(Samples.ok(QueryClass.MEDIUM, 0, 100, 0.1));
    Sidecar s = snapshot(r);

    assertEquals(2, s.pipeline().traces());
    assertEquals(Map.of("router", 1L), s.pipeline().missingAgents());
    assertEquals(1, s.pipeline().brokenChains());
    assertEquals(1, s.pipeline().safetyNotValidated());
    assertEquals(0, s.pipeline().outOfOrder());
    assertEquals(1, s.ftns().overAllocation(), "150 used of 100 allocated");
    assertEquals(1, s.ftns().stepSumMismatch(), "150 claimed, steps sum to 30");
    assertEquals(1, s.ftns().accurate());
    assertEquals(200, s.ftns().contextAllocated());
    assertEquals(190, s.ftns().contextUsed());
  }

  @Test
  void samplesFromManyThreadsAreAllCounted() throws Exception {
    SampleRecorder r = new SampleRecorder();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      pool.submit(
          () -> {
            for (int i = 0; i < 5000; i++) {
              r.accept(Samples.ok(QueryClass.SIMPLE, i, i % 900, 0.1));
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.SECONDS);
    Sidecar s = snapshot(r);

    assertEquals(20_000, s.classes().get("simple").count());
    assertEquals(
        20_000, HistogramCodec.decode(s.classes().get("simple").latencyMs()).getTotalCount());
    assertEquals(20_000, AgentStats.of(s.agentTimesUs()).get("executor").executionCount());
  }

  @Test
  void sidecarSurvivesItsFile(@TempDir Path dir) throws Exception {
    SampleRecorder r = new SampleRecorder();
    r.accept(Samples.ok(QueryClass.COMPLEX, 0, 700, 0.3));
    r.accept(Samples.failed(QueryClass.SIMPLE, 0, 500, "internal_error", null));
    Sidecar s = snapshot(r);
    SidecarFile.write(dir, s);
    Sidecar read = SidecarFile.read(dir).orElseThrow();

    assertEquals(s.failures(), read.failures());
    assertEquals(s.limits(), read.limits());
    assertEquals(s.ftns(), read.ftns());
    assertEquals(
        HistogramCodec.decode(s.classes().get("complex").latencyMs()),
        HistogramCodec.decode(read.classes().get("complex").latencyMs()));
    assertNull(read.healthBefore());
  }
}

package io.nwtn.stress.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.nwtn.stress.analysis.InjectionTally;
import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.recording.SampleRecorder;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.settings.TargetKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The injected requests' record, from the recorder through the sidecar (and the sidecars of several
 * injectors added together) to the report's section: every request counted, the exact response
 * times, Gatling's messages.
 */
class InjectedRecordTest {

  static Sidecar recorded(int offset) {
    SampleRecorder recorder = new SampleRecorder();
    for (int i = 0; i < 20; i++) {
      recorder.injectedRequest(InjectedRequest.MALFORMED_JSON, true, offset + i, null);
    }
    recorder.injectedRequest(InjectedRequest.MISSING_PROMPT, false, 7, null);
    for (int i = 0; i < 12; i++) {
      recorder.injectedRequest(
          InjectedRequest.MISSING_PROMPT,
          false,
          1000 + i,
          "status.find.is(400), found " + (500 + i));
    }
    return recorder.snapshot(
        0, 1, Limits.phase1(), Map.of(), TargetKind.EMBEDDED_REFERENCE, null, null, List.of());
  }

  @Test
  void theReportsSectionIsTheRecordersCount() {
    InjectionTally tally = new InjectionTally();
    tally.add(recorded(0).injected());

    assertEquals(33, tally.requests());
    assertEquals(20, tally.passed());
    Map<String, Object> json = tally.toJson();
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> byKind =
        (Map<String, Map<String, Object>>) json.get("by_request");
    assertEquals(
        List.of("injected malformed json", "injected missing prompt"),
        List.copyOf(byKind.keySet()));
    Map<String, Object> malformed = byKind.get("injected malformed json");
    assertEquals(18L, malformed.get("p95_ms"), "exact: the 19th of 0..19 ms");
    assertEquals(19L, malformed.get("max_ms"));
    Map<String, Object> missing = byKind.get("injected missing prompt");
    assertEquals(13L, missing.get("failed"));
    @SuppressWarnings("unchecked")
    Map<String, Long> failures = (Map<String, Long>) missing.get("failures");
    assertEquals(Sidecar.InjectedRecord.MESSAGES_KEPT, failures.size(), failures.toString());
    assertEquals(1L, failures.get("no message"), "the first ten kept, in the order they came");
    assertNull(failures.get("status.find.is(400), found 511"));
  }

  @Test
  void theSidecarsOfSeveralInjectorsAddUp() {
    Map<String, Sidecar.InjectedRecord> merged =
        SidecarMerge.injected(List.of(recorded(0), recorded(100)));
    InjectionTally tally = new InjectionTally();
    tally.add(merged);

    assertEquals(66, tally.requests());
    assertEquals(40, tally.passed());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> byKind =
        (Map<String, Map<String, Object>>) tally.toJson().get("by_request");
    assertEquals(119L, byKind.get("injected malformed json").get("max_ms"));
    @SuppressWarnings("unchecked")
    Map<String, Long> failures =
        (Map<String, Long>) byKind.get("injected missing prompt").get("failures");
    assertEquals(2L, failures.get("no message"));
    assertEquals(20L, failures.values().stream().mapToLong(Long::longValue).sum(), "ten kept");
  }

  @Test
  void aSidecarWrittenBeforeTheRecordLeavesItToTheLog() {
    Sidecar older = recorded(0);
    older =
        new Sidecar(
            older.version(),
            older.startEpochMs(),
            older.endEpochMs(),
            older.limits(),
            older.testConfig(),
            older.targetKind(),
            older.classes(),
            older.agentTimesUs(),
            older.agentTimesByClassUs(),
            older.failures(),
            older.pipeline(),
            older.ftns(),
            older.healthBefore(),
            older.healthAfter(),
            older.resources(),
            older.stoppedEarly(),
            older.targetMetrics(),
            null);
    assertNull(SidecarMerge.injected(List.of(older, older)));
    InjectionTally tally = new InjectionTally();
    tally.add((Map<String, Sidecar.InjectedRecord>) null);
    assertEquals(0, tally.requests());
  }
}

package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.logfile.LogRecord;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The outage, recovery and circuit breaker read from the requests of each second. */
class RecoveryTest {

  static final long T0 = 1_767_225_600_000L;
  static final String BREAKER = "nwtn contract: HTTP 503 circuit_breaker_open";

  /**
   * A run of 10 seconds, 10 requests a second; {@code failed[s]} of second s failed with {@code
   * message}.
   */
  static RecoveryTimeline timeline(int[] failed, String message) {
    RecoveryTimeline t = new RecoveryTimeline();
    for (int s = 0; s < failed.length; s++) {
      for (int i = 0; i < 10; i++) {
        long end = T0 + s * 1000L + i * 90 + 5;
        boolean ok = i >= failed[s];
        t.add(
            new LogRecord.Request(List.of(), "simple query", end - 5, end, ok, ok ? "" : message));
      }
    }
    return t;
  }

  static Stream<Arguments> runs() {
    return Stream.of(
        // failures per second, first failing second, last failing second, recovered at, seconds
        Arguments.of(new int[] {0, 0, 5, 10, 10, 1, 0, 0, 0, 0}, 2, 5, 6, 4.0),
        Arguments.of(new int[] {0, 0, 0, 10, 0, 0, 0, 0, 0, 0}, 3, 3, 4, 1.0),
        Arguments.of(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0, 0, 1, 1.0),
        Arguments.of(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 3, 10}, 8, 9, null, null));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void outageSpansTheFailingSecondsAndRecoveryIsTheFirstGoodSecondAfter(
      int[] failed, int began, int ended, Integer recovered, Double seconds) {
    Recovery r = Recovery.of(timeline(failed, "j.n.ConnectException: Connection refused"), 0.95);
    assertTrue(r.outage());
    assertEquals(T0 + began * 1000L, r.failuresBegan());
    assertEquals(T0 + (ended + 1) * 1000L, r.failuresEnded());
    assertEquals(recovered == null ? null : T0 + recovered * 1000L, r.recoveredAt());
    assertEquals(seconds, r.timeToRecoverSeconds());
    assertEquals(recovered != null, r.toJson().get("recovered"));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void failuresWithinTheLimitAreNoOutage(int[] failed) {
    // a limit of 0 accepts any second, so nothing is an outage
    Recovery r = Recovery.of(timeline(failed, "x"), 0.0);
    assertFalse(r.outage());
    assertNull(r.timeToRecoverSeconds());
    assertEquals(Map.of(), r.failuresInOutage());
  }

  @ParameterizedTest
  @MethodSource("runs")
  void breakerOpensWithItsFirstRejectionAndClosesWithTheNextSuccess(
      int[] failed, int began, int ended, Integer recovered) {
    Recovery r = Recovery.of(timeline(failed, BREAKER), 0.95);
    assertTrue(ended >= began);
    assertEquals(T0 + began * 1000L, r.breakerOpenedAt());
    // closed: the first second after the last rejection that had a success
    assertEquals(recovered == null ? null : T0 + recovered * 1000L, r.breakerClosedAt());
    assertEquals(true, r.toJson().get("circuit_breaker_opened"));
  }
}

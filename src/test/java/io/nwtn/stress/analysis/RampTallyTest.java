package io.nwtn.stress.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.exit.ExitException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RampTallyTest {

  private static final int RECORDS = RampTally.MAX_PENDING + 10;

  /** Settings arriving 200 ms from now, with {@code rampUpMs} or failing when it is negative. */
  private static CompletableFuture<Long> arrivingLater(long rampUpMs) {
    return new CompletableFuture<Long>()
        .completeAsync(
            () -> {
              if (rampUpMs < 0) {
                throw new ExitException(2, "nwtn.load.ramp-up: bad");
              }
              return rampUpMs;
            },
            CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS));
  }

  @Test
  void tooManyKeptRecordsWaitForTheSettingsAndThenCountEveryOne() {
    CompletableFuture<Long> rampUp = arrivingLater(1000);
    RampTally tally = new RampTally(rampUp);
    long inRamp = 0;
    long inRampOk = 0;
    for (int i = 0; i < RECORDS; i++) {
      long offsetMs = i % 2000;
      boolean ok = i % 4 != 0;
      tally.request(offsetMs, ok);
      inRamp += offsetMs < 1000 ? 1 : 0;
      inRampOk += offsetMs < 1000 && ok ? 1 : 0;
    }
    assertTrue(rampUp.isDone(), "reading waited once the limit was reached");
    assertEquals(inRamp, tally.started(), "requests started in the first 1000 ms");
    assertEquals(inRampOk, tally.startedOk());
  }

  @Test
  void settingsFailingWhileReadingWaitsDoNotStopTheReadingButFailTheFigures() {
    RampTally tally = new RampTally(arrivingLater(-1));
    for (int i = 0; i < RECORDS; i++) {
      tally.request(i, true);
      tally.user(i, 3);
    }
    CompletionException e = assertThrows(CompletionException.class, tally::peakUsers);
    assertEquals("nwtn.load.ramp-up: bad", e.getCause().getMessage());
  }
}

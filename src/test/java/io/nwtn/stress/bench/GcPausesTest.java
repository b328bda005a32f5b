package io.nwtn.stress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcPausesTest {

  private static final List<String> LOG =
      List.of(
          "[1000000000000ms] Using Serial",
          "[1000000010000ms] GC(0) Pause Full (Metadata GC Threshold) 66M->11M(365M) 63.509ms",
          "[1000000030000ms] GC(1) Pause Young (Allocation Failure) 143M->57M(365M) 35.238ms",
          "[1000000042000ms] GC(2) Pause Young (Allocation Failure) 158M->57M(365M) 24.627ms",
          // a concurrent collector's cycle: no pause
          "[1000000050000ms] GC(3) Garbage Collection (Allocation Rate) 120M(6%)->40M(2%)",
          "[1000000054000ms] GC(4) Pause Remark 26M->26M(94M) 8.275ms",
          "[1000000070000ms] GC(5) Pause Young (Allocation Failure) 158M->57M(365M) 18.644ms");

  @Test
  void countsThePausesThatEndedInTheSpanAndTheirLengths() {
    GcPauses p = GcPauses.within(LOG, 1000000030000L, 1000000070000L);
    assertEquals(3, p.count());
    assertEquals(35.238 + 24.627 + 8.275, p.totalMs(), 1e-9);
    assertEquals(35.238, p.longestMs(), 1e-9);
    assertEquals("3, 68.1 ms in all, the longest 35.2 ms", p.line());
  }

  @Test
  void aSpanWithoutPausesSaysNone() {
    GcPauses p = GcPauses.within(LOG, 1000000043000L, 1000000054000L);
    assertEquals(new GcPauses(0, 0, 0), p);
    assertEquals("none", p.line());
  }

  @Test
  void aLogTheJvmNeverWroteGivesNoFigures(@TempDir Path dir) throws Exception {
    assertNull(GcPauses.within(dir.resolve("gc.log"), 0, Long.MAX_VALUE));
    Path log = dir.resolve("written.log");
    Files.write(log, LOG);
    assertEquals(5, GcPauses.within(log, 0, Long.MAX_VALUE).count());
    assertEquals("-Xlog:gc:file=" + log + ":timemillis", GcPauses.jvmOption(log));
  }
}

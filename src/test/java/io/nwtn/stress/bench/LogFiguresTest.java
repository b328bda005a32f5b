package io.nwtn.stress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.SimulationLogWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFiguresTest {

  private static final long START = 1_790_000_000_000L;

  @TempDir Path dir;

  @Test
  void theSteadyStateIsJudgedWholeAndShownPerSlice() throws Exception {
    Path log = dir.resolve("simulation.log");
    LogHeader header = new LogHeader("3.15.1", "sim.Capacity", START, "", List.of("capacity"), 0);
    try (SimulationLogWriter writer = SimulationLogWriter.create(log, header, List.of())) {
      // before the steady state (from 5 s): slow, left out of the steady figures
      for (int i = 0; i < 100; i++) {
        request(writer, 1_000 + i, 50);
      }
      // steady 5-35 s: 1 ms everywhere, except 40 of the 1,000 requests of 15-25 s at 30 ms
      for (int slice = 0; slice < 3; slice++) {
        for (int i = 0; i < 1_000; i++) {
          boolean slow = slice == 1 && i % 25 == 0;
          request(writer, 5_000 + slice * 10_000 + i * 10, slow ? 30 : 1);
        }
      }
      // after its end (35 s): left out
      request(writer, 36_000, 90);
    }
    LogFigures figures = LogFigures.of(log, Duration.ofSeconds(5), Duration.ofSeconds(35));

    assertEquals(3_101, figures.requests());
    assertEquals(3_000, figures.steadyMs.getTotalCount());
    // 40 of 3,000 (1.3 %) at 30 ms set the whole steady P99; the slices show where they were
    assertEquals(30, figures.steadyMs.getValueAtPercentile(99));
    assertEquals(List.of(1.0, 30.0, 1.0), figures.steadyP99PerSlice());
  }

  private static void request(SimulationLogWriter writer, long offsetMs, long responseMs)
      throws Exception {
    writer.request(List.of(), "trivial", START + offsetMs, START + offsetMs + responseMs, true, "");
  }
}

package io.nwtn.stress.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuStealTest {

  private static final List<String> BEFORE =
      List.of(
          "cpu  2000 0 400 6000 0 0 0 100 0 0",
          "cpu0 1000 0 200 3000 0 0 0 50 0 0",
          "cpu1 1000 0 200 3000 0 0 0 50 0 0",
          "intr 12345 0 0",
          "ctxt 999");

  @Test
  void stealIsTheShareOfEachCpusTimeGivenToOtherMachines() {
    List<String> after =
        List.of(
            "cpu  2300 0 500 6600 0 0 0 200 0 0",
            // cpu0: 200 more jiffies in all, none stolen
            "cpu0 1100 0 250 3050 0 0 0 50 0 0",
            // cpu1: 800 more jiffies, 100 of them stolen
            "cpu1 1200 0 250 3450 0 0 0 150 0 0");
    Map<String, Double> percent = CpuSteal.percent(CpuSteal.parse(BEFORE), CpuSteal.parse(after));
    assertEquals(Map.of("cpu0", 0.0, "cpu1", 12.5), percent);
    assertEquals("cpu0 0.0 %, cpu1 12.5 %", CpuSteal.line(percent));
  }

  @Test
  void withoutFiguresTheLineSaysSo() {
    assertTrue(CpuSteal.percent(Map.of(), CpuSteal.parse(BEFORE)).isEmpty());
    assertEquals("unknown", CpuSteal.line(Map.of()));
    assertTrue(CpuSteal.parse(List.of("cpu0 1 2", "garbage")).isEmpty());
  }

  @Test
  void onThisMachineEveryCpuHasAFigure() throws InterruptedException {
    CpuSteal span = CpuSteal.start();
    Thread.sleep(50);
    Map<String, Double> percent = span.percentByCpu();
    percent.values().forEach(p -> assertTrue(p >= 0 && p <= 100, percent.toString()));
  }
}

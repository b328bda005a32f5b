package io.nwtn.stress.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

  @Test
  void threadsAreSortedByWhatTheyDo() {
    assertEquals("gatling", ThreadCpu.kind("gatling-1-2"));
    assertEquals("pool", ThreadCpu.kind("pool-1-thread-1"));
    assertEquals("jit", ThreadCpu.kind("C2 CompilerThre"));
    assertEquals("jit", ThreadCpu.kind("C1 CompilerThre"));
    assertEquals("suite", ThreadCpu.kind("nwtn-resource-m"));
    assertEquals("jvm", ThreadCpu.kind("VM Thread"));
    assertEquals("jvm", ThreadCpu.kind("G1 Young RemSet"));
    assertEquals("other", ThreadCpu.kind("Keep-Alive-Time"));
  }

  @Test
  void aStatLineGivesItsNameAndItsUserAndSystemTicks() {
    // a name with a space and a parenthesis, as the kernel writes it
    String stat =
        "4242 (C2 Compi) er) S 1 4242 4242 0 -1 4194368 100 0 0 0 731 29 0 0 20 0 30 0 1 2 3";
    assertEquals(new ThreadCpu.Ticks("C2 Compi) er", 731, 29), ThreadCpu.parse(stat));
  }

  @Test
  void betweenTwoInstantsEachKindGetsItsThreadsTimeAndTheEndedThreadsTheRest() {
    Map<Long, ThreadCpu.Ticks> before =
        Map.of(
            -1L, new ThreadCpu.Ticks("java", 1000, 500),
            10L, new ThreadCpu.Ticks("gatling-1-1", 400, 300),
            11L, new ThreadCpu.Ticks("C2 CompilerThre", 200, 10),
            12L, new ThreadCpu.Ticks("Keep-Alive-Time", 5, 5));
    Map<Long, ThreadCpu.Ticks> after =
        Map.of(
            // the process: 300 user and 120 system ticks more
            -1L, new ThreadCpu.Ticks("java", 1300, 620),
            10L, new ThreadCpu.Ticks("gatling-1-1", 600, 400),
            11L, new ThreadCpu.Ticks("C2 CompilerThre", 230, 10),
            // thread 12 ended; thread 13 started in between
            13L, new ThreadCpu.Ticks("nwtn-live-monitor", 20, 5));
    // so far, the live compiler threads: 230 + 10 ticks; the process's own line is no thread
    assertEquals(2400, ThreadCpu.ms(after, "jit"));
    assertEquals(10_000, ThreadCpu.ms(after, "gatling"));
    Map<String, long[]> ms = ThreadCpu.between(before, after);
    assertEquals(ThreadCpu.KINDS, List.copyOf(ms.keySet()));
    assertArrayEquals(new long[] {2000, 1000}, ms.get("gatling"));
    assertArrayEquals(new long[] {300, 0}, ms.get("jit"));
    assertArrayEquals(new long[] {200, 50}, ms.get("suite"));
    assertArrayEquals(new long[] {0, 0}, ms.get("pool"));
    // the process's 3,000 user ms less the live threads' 2,500; system 1,200 less 1,050
    assertArrayEquals(new long[] {500, 150}, ms.get("ended"));
    String line = ThreadCpu.line(ms);
    assertEquals(
        "gatling=2000/1000 pool=0/0 jit=300/0 suite=200/50 jvm=0/0 other=0/0 ended=500/150", line);
    Map<String, long[]> back = ThreadCpu.parseLine(line);
    assertEquals(ms.keySet(), back.keySet());
    ms.forEach((k, v) -> assertArrayEquals(v, back.get(k), k));
  }

  @Test
  void withoutTheProcessFiguresThereIsNothingToTell() {
    assertTrue(ThreadCpu.between(Map.of(), Map.of()).isEmpty());
  }

  @Test
  void onLinuxThisJvmsThreadsAndProcessAreRead() {
    if (!System.getProperty("os.name").startsWith("Linux")) {
      return;
    }
    Map<Long, ThreadCpu.Ticks> now = ThreadCpu.snapshot();
    assertTrue(now.containsKey(-1L), "the process");
    assertTrue(now.size() > 2, "its threads");
  }

  @Test
  void theSuiteCostComparisonGivesEachKindsMeanPerRequestAndPrintsIt() {
    Map<String, Object> bare =
        Map.of(
            "mode",
            "bare",
            "cpu_us_per_request",
            250.0,
            "cpu_us_per_request_by_thread",
            SuiteCostFigures.perRequest(
                ThreadCpu.parseLine("gatling=1000/2000 pool=300/100"), 10_000));
    Map<String, Object> suite =
        Map.of(
            "mode",
            "suite",
            "cpu_us_per_request",
            350.0,
            "cpu_us_per_request_by_thread",
            SuiteCostFigures.perRequest(
                ThreadCpu.parseLine("gatling=2000/1500 pool=300/100 suite=100/0"), 10_000));
    Map<String, Object> f = SuiteCostFigures.compare(List.of(bare, suite), 1.25);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> byThread =
        (Map<String, Map<String, Object>>) f.get("cpu_us_per_request_by_thread");
    assertEquals(100.0, byThread.get("gatling").get("bare_user_us"));
    assertEquals(200.0, byThread.get("gatling").get("bare_system_us"));
    assertEquals(200.0, byThread.get("gatling").get("suite_user_us"));
    assertEquals(150.0, byThread.get("gatling").get("suite_system_us"));
    assertEquals(0.0, byThread.get("suite").get("bare_user_us"), "a kind a run lacks is 0");
    assertEquals(10.0, byThread.get("suite").get("suite_user_us"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SuiteCostFigures.print(f, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains(
                "suite cost by thread, CPU us per request user+system, bare -> suite: gatling"
                    + " 100+200 -> 200+150; pool 30+10 -> 30+10; jit 0+0 -> 0+0; suite 0+0 -> 10+0;"),
        out.toString(StandardCharsets.UTF_8));
  }
}

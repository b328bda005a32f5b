package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.GlobalMemory;

class SystemCountersTest {

  static final String STAT =
      String.join(
          "\n",
          "cpu  51597 7 12394 513548 233 1 4877 51 3 0",
          "cpu0 28853 0 6272 253256 32 0 2467 24 0 0",
          "cpu1 22743 0 6122 260292 200 0 2409 27 0 0",
          "intr 76038 0 0 0",
          "ctxt 172663",
          "");

  static final String MEMINFO =
      String.join(
          "\n",
          "MemTotal:       24683584 kB",
          "MemFree:        24539336 kB",
          "MemAvailable:   24434076 kB",
          "Buffers:             648 kB",
          "");

  @Test
  void theMachinesLineGivesItsEightColumns() {
    assertArrayEquals(
        new long[] {51597, 7, 12394, 513548, 233, 1, 4877, 51}, SystemCounters.cpuTicks(STAT));
  }

  @Test
  void theLoadIsEverythingButIdleAndIowaitOverEverything() {
    long[] before = {100, 0, 50, 1000, 10, 0, 5, 0};
    long[] after = {160, 0, 70, 1090, 20, 0, 10, 10};
    // total 60 + 20 + 90 + 10 + 5 + 10 = 195; idle 90 + 10 = 100
    assertEquals(95.0 / 195, SystemCounters.load(before, after), 1e-12);
    assertEquals(0, SystemCounters.load(after, after), "no time passed");
    assertEquals(0, SystemCounters.load(after, before), "the counters went back");
  }

  @Test
  void memoryIsInBytes() {
    assertEquals(
        new SystemCounters.Memory(24683584L * 1024, 24434076L * 1024),
        SystemCounters.memory(MEMINFO));
  }

  @Test
  void tablesThatAreNotTheKernelsAreNotRead(@TempDir Path dir) throws Exception {
    assertNull(SystemCounters.cpuTicks("cpu0 1 2 3 4 5 6 7 8\n"), "no machine line first");
    assertNull(SystemCounters.cpuTicks("cpu  1 2 3 4 5 6 7\ncpu0 1 2 3 4 5 6 7 8\n"), "cut short");
    assertNull(SystemCounters.cpuTicks("cpu  1 2 3 x 5 6 7 8\n"), "not a count");
    assertNull(SystemCounters.cpuTicks("cpu  99999999999999999999 2 3 4 5 6 7 8\n"), "overflow");
    assertNull(SystemCounters.memory(MEMINFO.replace("MemAvailable", "MemAvail")), "no available");
    assertNull(SystemCounters.memory(MEMINFO.replace("24683584", "-")), "no total");
    assertNull(SystemCounters.cpuTicks(dir.resolve("absent")));
    assertNull(SystemCounters.memory(dir.resolve("absent")));
    Path stat = Files.writeString(dir.resolve("stat"), STAT);
    assertArrayEquals(SystemCounters.cpuTicks(STAT), SystemCounters.cpuTicks(stat));
    Path meminfo = Files.writeString(dir.resolve("meminfo"), MEMINFO);
    assertEquals(SystemCounters.memory(MEMINFO), SystemCounters.memory(meminfo));
  }

  /** On Linux the kernel's tables give what OSHI gives over the same span. */
  @Test
  void theKernelsTablesAgreeWithOshi() {
    long[] before = SystemCounters.cpuTicks(SystemCounters.PROC_STAT);
    SystemCounters.Memory memory = SystemCounters.memory(SystemCounters.PROC_MEMINFO);
    if (before == null || memory == null) {
      return; // not Linux: the monitor uses OSHI
    }
    CentralProcessor cpu = new SystemInfo().getHardware().getProcessor();
    before = SystemCounters.cpuTicks(SystemCounters.PROC_STAT);
    long[] oshiBefore = cpu.getSystemCpuLoadTicks();
    long spinUntil = System.nanoTime() + 400_000_000L;
    long spins = 0;
    while (System.nanoTime() < spinUntil) {
      spins++;
    }
    double oshi = cpu.getSystemCpuLoadBetweenTicks(oshiBefore);
    long[] after = SystemCounters.cpuTicks(SystemCounters.PROC_STAT);
    assertNotNull(after);
    double load = SystemCounters.load(before, after);
    assertTrue(spins > 0 && load > 0 && load <= 1, "load " + load);
    assertEquals(oshi, load, 0.15, "OSHI's load over the same 400 ms");

    GlobalMemory oshiMemory = new SystemInfo().getHardware().getMemory();
    assertEquals(oshiMemory.getTotal(), memory.totalBytes());
    long available = SystemCounters.memory(SystemCounters.PROC_MEMINFO).availableBytes();
    long oshiAvailable = oshiMemory.getAvailable();
    assertTrue(
        Math.abs(available - oshiAvailable) < memory.totalBytes() / 20,
        available + " bytes available against OSHI's " + oshiAvailable);
  }
}

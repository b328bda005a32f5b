package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child process can neither block on its output nor outlive its limit, children included. */
class BoundedProcessTest {

  @TempDir Path dir;

  @Test
  void exitCodeAndBothStreamsOfAFinishedProcess() throws Exception {
    BoundedProcess.Result r =
        BoundedProcess.run(
            List.of("sh", "-c", "echo to-out; echo to-err >&2; exit 3"), Duration.ofSeconds(10));
    assertEquals(3, r.exitCode());
    assertTrue(r.output().contains("to-out") && r.output().contains("to-err"), r.output());
  }

  @Test
  void moreOutputThanAPipeHoldsDoesNotBlockTheChild() throws Exception {
    // a pipe holds 64 KiB; a child writing more to a pipe nobody reads would never exit
    BoundedProcess.Result r =
        BoundedProcess.run(
            List.of("sh", "-c", "yes 0123456789 | head -c 4000000"), Duration.ofSeconds(20));
    assertEquals(0, r.exitCode());
    assertEquals(4_000_000, r.output().length());
  }

  @Test
  void pastItsLimitTheProcessAndItsChildrenAreKilledWithAClearFailure() throws Exception {
    Path out = dir.resolve("out");
    // the shell's background child would live on as an orphan if only the shell were killed
    ProcessBuilder hanging = new ProcessBuilder("sh", "-c", "sleep 300 & echo $!; wait");
    try (BoundedProcess p = BoundedProcess.start(hanging, out, null)) {
      Eventually.await("the child's pid", Duration.ofSeconds(10), () -> read(p).endsWith("\n"));
      long child = Long.parseLong(read(p).trim());

      AssertionError e =
          assertThrows(AssertionError.class, () -> p.awaitExit(Duration.ofMillis(500)));

      assertTrue(e.getMessage().startsWith("sh did not end within 500 ms"), e.getMessage());
      assertTrue(
          e.getMessage().contains(Long.toString(child)), "shows the output: " + e.getMessage());
      assertFalse(p.process().isAlive());
      Eventually.await("the orphaned child killed", Duration.ofSeconds(10), () -> dead(child));
    }
  }

  /**
   * Gone, or a zombie: a killed orphan stays in the process table until whatever process adopted it
   * reaps it, which in a container may be never.
   */
  private static boolean dead(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return true;
    }
  }

  private static String read(BoundedProcess p) {
    try {
      return p.out();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}

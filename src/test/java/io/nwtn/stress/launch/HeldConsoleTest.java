package io.nwtn.stress.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the reports' writing prints while Gatling writes its report comes out whole and in order.
 */
class HeldConsoleTest {

  @Test
  void replaysBothStreamsInTheOrderTheyWerePrinted() {
    HeldConsole held = new HeldConsole();
    held.err().println("nwtn report: warning first");
    held.out().println("NWTN STRESS TEST RESULTS  —  PASSED (good)");
    held.out().print("  ✅ P95 latency (ms): 1479");
    held.out().println(" (required < 2000)");
    held.err().println("NWTN verdict FAILED: last");
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream bothStream = new PrintStream(both, true, StandardCharsets.UTF_8);
    held.replay(tee(out, bothStream, "[out] "), tee(err, bothStream, "[err] "));

    assertEquals(
        "NWTN STRESS TEST RESULTS  —  PASSED (good)\n  ✅ P95 latency (ms): 1479 (required < 2000)\n",
        out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertEquals(
        "nwtn report: warning first\nNWTN verdict FAILED: last\n",
        err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    assertEquals(
        "[err] nwtn report: warning first\n"
            + "[out] NWTN STRESS TEST RESULTS  —  PASSED (good)\n"
            + "  ✅ P95 latency (ms): 1479 (required < 2000)\n"
            + "[err] NWTN verdict FAILED: last\n",
        both.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"),
        "one print for each run of text meant for one stream, in order");
  }

  @Test
  void replayPrintsWhatWasHeldOnce() {
    HeldConsole held = new HeldConsole();
    held.out().println("once");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream to = new PrintStream(out, true, StandardCharsets.UTF_8);
    held.replay(to, to);
    held.replay(to, to);
    assertEquals("once" + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
  }

  /** A stream that writes to {@code own} and, marked with {@code mark}, to {@code both}. */
  private static PrintStream tee(ByteArrayOutputStream own, PrintStream both, String mark) {
    return new PrintStream(own, true, StandardCharsets.UTF_8) {
      @Override
      public void print(String s) {
        super.print(s);
        both.print(mark + s);
      }
    };
  }
}

package io.nwtn.stress.launch;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two console streams whose text is held, in the order it was printed to either, until {@link
 * #replay} prints it: for work that runs while Gatling still prints its own report.
 */
final class HeldConsole {

  private record Chunk(boolean err, byte[] bytes) {}

  private final List<Chunk> chunks = new ArrayList<>();
  private final PrintStream out = stream(false);
  private final PrintStream err = stream(true);

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /** Prints what was held, each run of text to the stream it was meant for, and holds nothing. */
  void replay(PrintStream toOut, PrintStream toErr) {
    List<Chunk> held;
    synchronized (chunks) {
      held = List.copyOf(chunks);
      chunks.clear();
    }
    ByteArrayOutputStream run = new ByteArrayOutputStream();
    for (int i = 0; i < held.size(); i++) {
      Chunk c = held.get(i);
      run.writeBytes(c.bytes());
      if (i + 1 == held.size() || held.get(i + 1).err() != c.err()) {
        PrintStream to = c.err() ? toErr : toOut;
        to.print(run.toString(StandardCharsets.UTF_8));
        to.flush();
        run.reset();
      }
    }
  }

  private PrintStream stream(boolean isErr) {
    OutputStream sink =
        new OutputStream() {
          @Override
          public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            synchronized (chunks) {
              chunks.add(new Chunk(isErr, Arrays.copyOfRange(b, off, off + len)));
            }
          }
        };
    return new PrintStream(sink, true, StandardCharsets.UTF_8);
  }
}

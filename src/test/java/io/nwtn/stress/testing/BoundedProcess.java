package io.nwtn.stress.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child process that cannot hang a test. Its output goes to files, never to a pipe that blocks
 * the child once full while nobody reads it; waiting for it has a limit; at the limit, or when the
 * test is done with it, the process and every process it started are killed, so no orphan JVM or
 * browser outlives the test.
 */
public final class BoundedProcess implements AutoCloseable {

  /** How long a killed process may take to go away. */
  private static final Duration REAP = Duration.ofSeconds(10);

  private static final int TAIL_CHARS = 4_000;

  private final Process process;
  private final String name;
  private final Path out;
  private final Path err;

  private BoundedProcess(Process process, String name, Path out, Path err) {
    this.process = process;
    this.name = name;
    this.out = out;
    this.err = err;
  }

  /** What a finished process left: its exit code and its output, stderr merged into stdout. */
  public record Result(int exitCode, String output) {}

  /**
   * Runs {@code builder} to its end within {@code limit}, stderr merged into stdout; the output is
   * kept in a temporary file, deleted afterwards.
   */
  public static Result run(ProcessBuilder builder, Duration limit)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("nwtn-process", ".out");
    try (BoundedProcess p = start(builder, log, null)) {
      int exit = p.awaitExit(limit);
      return new Result(exit, p.out());
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** {@link #run(ProcessBuilder, Duration)} of a command. */
  public static Result run(List<String> command, Duration limit)
      throws IOException, InterruptedException {
    return run(new ProcessBuilder(command), limit);
  }

  /**
   * Starts {@code builder} with stdout to {@code out} and stderr to {@code err}, or merged into
   * {@code out} when {@code err} is null. Close it (try-with-resources) to kill what is left.
   */
  public static BoundedProcess start(ProcessBuilder builder, Path out, Path err)
      throws IOException {
    builder.redirectOutput(out.toFile());
    if (err == null) {
      builder.redirectErrorStream(true);
    } else {
      builder.redirectError(err.toFile());
    }
    return new BoundedProcess(builder.start(), builder.command().get(0), out, err);
  }

  /** The running process, e.g. to signal it. */
  public Process process() {
    return process;
  }

  /**
   * Waits for the exit code; past {@code limit}, kills the process tree and fails with the end of
   * its output, so a hung child names itself instead of stalling the suite.
   */
  public int awaitExit(Duration limit) throws InterruptedException {
    if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      return process.exitValue();
    }
    destroyTree(process);
    throw new AssertionError(
        name
            + " did not end within "
            + (limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms")
            + " and was killed with its child processes; its output ends with:\n"
            + tail(out)
            + (err == null ? "" : "\nstderr:\n" + tail(err)));
  }

  /** Standard output so far (with stderr when merged). */
  public String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Standard error so far; empty when merged into {@link #out()}. */
  public String err() throws IOException {
    return err == null ? "" : Files.readString(err, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws InterruptedException {
    destroyTree(process);
  }

  /**
   * Kills {@code process} and its descendants. They are listed before anything is killed: once the
   * parent dies, its children are re-parented and no longer show up as its descendants.
   */
  public static void destroyTree(Process process) throws InterruptedException {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.waitFor(REAP.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static String tail(Path file) {
    try {
      String s = Files.readString(file, StandardCharsets.UTF_8);
      return s.length() <= TAIL_CHARS ? s : "…" + s.substring(s.length() - TAIL_CHARS);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }
}

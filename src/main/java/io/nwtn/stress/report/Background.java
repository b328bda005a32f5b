package io.nwtn.stress.report;

import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The post-processor's one helper thread: it loads the settings and the sidecar and readies the
 * report writers while the main thread reads {@code simulation.log}, one task after another (the
 * load generator's machines often have two cores, and Gatling's P95 digest takes the other).
 */
public final class Background {

  private static final ExecutorService THREAD =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "nwtn-report-background");
            t.setDaemon(true);
            return t;
          });

  private Background() {}

  /** Runs {@code task} on the helper thread, after the tasks handed to it before. */
  public static <T> CompletableFuture<T> supply(Supplier<T> task) {
    return CompletableFuture.supplyAsync(task, THREAD);
  }

  /** Runs {@code task} on the helper thread; its failure is left for the writers to meet again. */
  public static void warmUp(Runnable task) {
    THREAD.execute(
        () -> {
          try {
            task.run();
          } catch (RuntimeException | LinkageError e) {
            // the writers report their own errors when they run
          }
        });
  }

  /**
   * The value of a finished or running task; its exception is thrown as it was raised (a {@link
   * ExitException} keeps its message and exit code).
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExitException(ExitStatus.ERROR, "interrupted while reporting", e);
    }
  }

  private static RuntimeException unwrap(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new ExitException(ExitStatus.ERROR, String.valueOf(cause), cause);
  }
}

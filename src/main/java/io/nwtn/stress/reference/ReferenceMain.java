package io.nwtn.stress.reference;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the reference orchestrator in the foreground ({@code make run}) on {@code
 * nwtn.reference.host}:{@code port}; Ctrl-C stops it. Exit codes: 0 after a clean stop, 2 for a bad
 * setting, 3 when the address cannot be bound. Pass {@code -Dnwtn.verbose=true} for stack traces.
 */
public final class ReferenceMain {

  private ReferenceMain() {}

  public static void main(String[] args) throws InterruptedException {
    boolean verbose = Boolean.getBoolean("nwtn.verbose");
    ReferenceSettings settings;
    try {
      settings = ReferenceSettings.fromConfig(ConfigFactory.load());
    } catch (IllegalArgumentException | ConfigException e) {
      fail("bad setting: " + e.getMessage() + " (fix it in application.conf or -D)", e, 2, verbose);
      return;
    }
    ReferenceOrchestrator server;
    try {
      server = ReferenceOrchestrator.start(settings, settings.host(), settings.port());
    } catch (IllegalStateException e) {
      fail(e.getMessage() + " (choose another with -Dnwtn.reference.port=...)", e, 3, verbose);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "nwtn-reference-stop"));
    System.out.println(
        "NWTN reference orchestrator listening on "
            + server.baseUri()
            + (settings.authToken().isPresent() ? " (bearer token required)" : "")
            + "; Ctrl-C stops it");
    stopped.await();
  }

  private static void fail(String line, Exception e, int code, boolean verbose) {
    System.err.println("error: " + line);
    if (verbose) {
      e.printStackTrace();
    }
    System.exit(code);
  }
}

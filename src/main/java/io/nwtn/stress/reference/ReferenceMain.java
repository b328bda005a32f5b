package io.nwtn.stress.reference;

import com.typesafe.config.Config;
import io.nwtn.stress.settings.SettingsLoader;
import io.nwtn.stress.settings.SettingsReader;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the reference orchestrator in the foreground ({@code make run}) on {@code
 * nwtn.reference.host}:{@code port}; Ctrl-C stops it. Exit codes: 0 after a clean stop, 2 for a bad
 * or unknown setting, 3 when the address cannot be bound. Pass {@code -Dnwtn.verbose=true} for the
 * stack trace of a failed start.
 */
public final class ReferenceMain {

  private ReferenceMain() {}

  public static void main(String[] args) throws InterruptedException {
    ReferenceSettings settings;
    boolean verbose;
    try {
      Config root = SettingsLoader.load();
      settings = ReferenceSettings.fromConfig(root);
      verbose = SettingsReader.of(root).bool("nwtn.verbose");
    } catch (IllegalArgumentException e) {
      // the line names the key and where it was written; a stack trace would add nothing
      fail("bad setting: " + e.getMessage(), null, 2);
      return;
    }
    ReferenceOrchestrator server;
    try {
      server = ReferenceOrchestrator.start(settings, settings.host(), settings.port());
    } catch (IllegalStateException e) {
      fail(
          e.getMessage() + " (choose another with -Dnwtn.reference.port=...)",
          verbose ? e : null,
          3);
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

  private static void fail(String line, Exception cause, int code) {
    System.err.println("error: " + line);
    if (cause != null) {
      cause.printStackTrace();
    }
    System.exit(code);
  }
}

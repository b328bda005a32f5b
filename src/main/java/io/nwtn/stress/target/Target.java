package io.nwtn.stress.target;

import com.typesafe.config.Config;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.reference.ReferenceOrchestrator;
import io.nwtn.stress.reference.ReferenceSettings;
import io.nwtn.stress.settings.EmbeddedMode;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.TargetSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The orchestrator a run talks to, made ready before the load: either one already answering at the
 * target URL, or the reference orchestrator started in this JVM on the URL's host and port ({@code
 * nwtn.target.embedded}). Closing it stops an embedded orchestrator.
 */
public final class Target implements AutoCloseable {

  /** The reference orchestrator started for this run, or null. */
  private final ReferenceOrchestrator embedded;

  private final TargetKind kind;

  private Target(ReferenceOrchestrator embedded, TargetKind kind) {
    this.embedded = embedded;
    this.kind = kind;
  }

  /**
   * Checks the target's health and starts the embedded reference orchestrator when the mode asks
   * for it.
   *
   * @param root the whole configuration, for the embedded orchestrator's {@code nwtn.reference}
   * @param console receives one line when the reference orchestrator is started
   * @throws TargetUnavailableException when the target cannot take work
   */
  public static Target prepare(TargetSettings settings, Config root, Consumer<String> console) {
    if (settings.embedded() == EmbeddedMode.ALWAYS) {
      return startEmbedded(settings, root, console, "as asked (nwtn.target.embedded=always)");
    }
    Health health = Preflight.check(settings);
    if (health instanceof Health.Healthy h) {
      return new Target(null, kindOf(h));
    }
    if (health instanceof Health.Unreachable
        && settings.embedded() == EmbeddedMode.AUTO
        && settings.loopback()) {
      return startEmbedded(settings, root, console, "as nothing answers there");
    }
    throw new TargetUnavailableException(unavailable(settings, health));
  }

  /**
   * {@link #prepare} on a daemon thread of its own, started now, so that the target is checked (or
   * the reference orchestrator started) while the caller goes on, e.g. while Gatling builds the
   * scenario. Its console lines wait for {@link Preparing#get}.
   */
  public static Preparing prepareInBackground(TargetSettings settings, Config root) {
    Preparing preparing = new Preparing();
    Thread thread =
        new Thread(
            () -> {
              try {
                preparing.result.complete(prepare(settings, root, preparing::held));
              } catch (Throwable e) { // handed over to get(), which rethrows it
                preparing.result.completeExceptionally(e);
              }
            },
            "nwtn-target-prepare");
    thread.setDaemon(true);
    thread.start();
    return preparing;
  }

  /** A target being made ready by {@link #prepareInBackground}. */
  public static final class Preparing {

    private final CompletableFuture<Target> result = new CompletableFuture<>();
    private final List<String> lines = new ArrayList<>();

    private Preparing() {}

    private synchronized void held(String line) {
      lines.add(line);
    }

    /**
     * Waits until the target is ready, gives {@code console} the lines {@link #prepare} said, in
     * order, and returns the target, or throws what {@link #prepare} threw (a {@link
     * TargetUnavailableException} when the target cannot take work).
     */
    public Target get(Consumer<String> console) {
      try {
        return result.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        if (e.getCause() instanceof Error cause) {
          throw cause;
        }
        throw e;
      } finally {
        synchronized (this) {
          lines.forEach(console);
          lines.clear();
        }
      }
    }

    /** For a run that will not start: stops the target once it is ready, if this JVM started it. */
    public void discard() {
      result.thenAccept(Target::close);
    }

    boolean isDone() {
      return result.isDone();
    }
  }

  private static Target startEmbedded(
      TargetSettings settings, Config root, Consumer<String> console, String why) {
    ReferenceOrchestrator server;
    try {
      server =
          ReferenceOrchestrator.start(
              ReferenceSettings.fromConfig(root), settings.host(), settings.port());
    } catch (Exception e) { // Netty may rethrow a checked BindException unwrapped
      throw new TargetUnavailableException(
          "cannot start the reference orchestrator on "
              + settings.url()
              + ": "
              + e.getMessage()
              + "; free the port or choose another with -Durl=http://127.0.0.1:<port>");
    }
    console.accept(
        "Started the reference orchestrator in-process at " + settings.url() + " " + why);
    Target target = new Target(server, TargetKind.EMBEDDED_REFERENCE);
    Health health = Preflight.check(settings);
    if (!(health instanceof Health.Healthy)) {
      target.close();
      throw new TargetUnavailableException(unavailable(settings, health));
    }
    return target;
  }

  private static String unavailable(TargetSettings settings, Health health) {
    String what;
    if (health instanceof Health.Unhealthy u) {
      what = "answers " + u.status() + " (not taking work)";
    } else if (health instanceof Health.NoAnswer n) {
      what = "gives no answer (" + n.reason() + ", see nwtn.target.health-timeout)";
    } else {
      what = "does not answer (" + ((Health.Unreachable) health).reason() + ")";
    }
    return "Target "
        + settings.resolve("/health")
        + " "
        + what
        + "; start an orchestrator there (the reference one: make run"
        + " OPTS=-Dnwtn.reference.port="
        + settings.port()
        + ") or point -Durl at a running one";
  }

  /**
   * Whether the run talks to the reference orchestrator started here, to one it found answering, or
   * to another orchestrator.
   */
  public TargetKind kind() {
    return kind;
  }

  /** A target that names itself the reference orchestrator in its {@code /health} is one. */
  static TargetKind kindOf(Health.Healthy health) {
    try {
      String implementation =
          ResponseContract.mapper().readTree(health.body()).path("implementation").asText("");
      return ReferenceOrchestrator.IMPLEMENTATION.equals(implementation)
          ? TargetKind.STANDALONE_REFERENCE
          : TargetKind.EXTERNAL;
    } catch (IOException | RuntimeException e) {
      return TargetKind.EXTERNAL; // a /health that is not JSON is not the reference's
    }
  }

  /** Stops the embedded orchestrator, if any; safe to call twice. */
  @Override
  public void close() {
    if (embedded != null) {
      embedded.close();
    }
  }
}

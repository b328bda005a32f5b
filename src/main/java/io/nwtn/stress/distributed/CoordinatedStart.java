package io.nwtn.stress.distributed;

import com.typesafe.config.Config;
import io.nwtn.stress.settings.InjectorSettings;
import java.util.function.Consumer;

/**
 * Holds an injector's load until the run's coordinated start ({@code nwtn.injector.start-at}), as
 * late as possible: after its JVM, Gatling and the target's preflight are ready, so that injectors
 * that took different times to get there still send their first users together.
 */
public final class CoordinatedStart {

  private CoordinatedStart() {}

  /** Waits until the configured start, if one is set and still ahead; returns the wait in ms. */
  public static long await(Config root, Consumer<String> console) {
    long wait = InjectorSettings.fromConfig(root).startAtEpochMs() - System.currentTimeMillis();
    if (wait <= 0) {
      return 0;
    }
    console.accept("NWTN injector: waiting " + wait + " ms for the coordinated start");
    try {
      Thread.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return wait;
  }
}

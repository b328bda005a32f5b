package io.nwtn.stress.testing;

import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.reference.ReferenceSettings;

/** The reference orchestrator's settings as the tests run it: no token, and the given changes. */
public final class References {

  private References() {}

  /**
   * The reference's defaults without a token, overridden by {@code hocon} (full keys, e.g. {@code
   * nwtn.reference.faults.latency-factor = 0.1}).
   */
  public static ReferenceSettings settings(String hocon) {
    return ReferenceSettings.fromConfig(
        ConfigFactory.parseString("nwtn.reference.auth.token = \"\"\n" + hocon)
            .withFallback(ConfigFactory.defaultReference())
            .resolve());
  }
}

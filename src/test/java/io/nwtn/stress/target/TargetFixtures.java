package io.nwtn.stress.target;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.settings.EmbeddedMode;
import io.nwtn.stress.settings.TargetSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** What the target tests share: a configuration without a token, target settings, a free port. */
final class TargetFixtures {

  /** The reference's defaults, its token off, for an embedded reference orchestrator. */
  static final Config ROOT =
      ConfigFactory.parseString("nwtn.reference.auth.token = \"\"")
          .withFallback(ConfigFactory.defaultReference())
          .resolve();

  private TargetFixtures() {}

  /** A target at {@code url}, without a token, in the given embedded mode. */
  static TargetSettings target(URI url, EmbeddedMode mode) {
    return new TargetSettings(
        url, Optional.empty(), Duration.ofSeconds(5), Duration.ofSeconds(2), mode);
  }

  /** A loopback port nothing listens on at the moment. */
  static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }
}

package io.nwtn.stress.target;

import static io.nwtn.stress.target.TargetFixtures.ROOT;
import static io.nwtn.stress.target.TargetFixtures.freePort;
import static io.nwtn.stress.target.TargetFixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.settings.EmbeddedMode;
import io.nwtn.stress.settings.TargetKind;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stress run makes its target ready while Gatling builds the scenario: the result, the console
 * lines and the failures are those of {@link Target#prepare}, handed over when the run asks.
 */
class TargetPreparingTest {

  private static boolean listening(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void theStartedOrchestratorAndItsLineComeWhenTheRunAsks() throws Exception {
    int port = freePort();
    URI url = URI.create("http://127.0.0.1:" + port);
    Target.Preparing preparing = Target.prepareInBackground(target(url, EmbeddedMode.AUTO), ROOT);
    List<String> console = new ArrayList<>();
    try (Target t = preparing.get(console::add)) {
      assertEquals(TargetKind.EMBEDDED_REFERENCE, t.kind());
      assertTrue(listening(port), "the reference orchestrator answers on " + url);
      assertEquals(
          List.of(
              "Started the reference orchestrator in-process at "
                  + url
                  + " as nothing answers there"),
          console);
    }
    assertFalse(listening(port), "closing the target stops the orchestrator");
  }

  @Test
  void aTargetThatCannotTakeWorkFailsAsPrepareFails() throws Exception {
    URI url = URI.create("http://127.0.0.1:" + freePort());
    TargetUnavailableException direct =
        assertThrows(
            TargetUnavailableException.class,
            () -> Target.prepare(target(url, EmbeddedMode.NEVER), ROOT, line -> {}));
    Target.Preparing preparing = Target.prepareInBackground(target(url, EmbeddedMode.NEVER), ROOT);
    TargetUnavailableException handed =
        assertThrows(TargetUnavailableException.class, () -> preparing.get(line -> {}));
    assertEquals(direct.getMessage(), handed.getMessage());
  }

  @Test
  void aDiscardedPreparationStopsTheOrchestratorItStarted() throws Exception {
    int port = freePort();
    Target.Preparing preparing =
        Target.prepareInBackground(
            target(URI.create("http://127.0.0.1:" + port), EmbeddedMode.ALWAYS), ROOT);
    preparing.discard();
    // the orchestrator may not be up yet: discard closes it once it is
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (listening(port) || !preparing.isDone()) {
      assertTrue(System.nanoTime() < deadline, "the orchestrator stops within 20 s");
      Thread.sleep(20);
    }
    assertFalse(listening(port));
  }
}

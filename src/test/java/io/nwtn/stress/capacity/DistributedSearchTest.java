package io.nwtn.stress.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.recording.HealthProbe;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.Limits;
import io.nwtn.stress.testing.Eventually;
import io.nwtn.stress.testing.Samples;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A capacity search over two load generators: the leader publishes each level, both run their share
 * of its users, the follower sends its hold window, and the leader judges every level on both
 * windows together. The target here fails every request once more than 30 users load it in all.
 */
class DistributedSearchTest {

  static final int KNEE = 30;

  /** Answers at a pace set by the users its gate admits; fails them all above the knee. */
  static Thread load(LevelGate gate, LevelTally tally, int generators, AtomicBoolean done) {
    Thread t =
        new Thread(
            () -> {
              while (!done.get() && !gate.finished()) {
                int admitted = 0;
                while (gate.admits(admitted + 1)) {
                  admitted++;
                }
                long now = System.currentTimeMillis();
                for (int u = 0; u < admitted; u++) {
                  SessionSample s =
                      admitted * generators > KNEE
                          ? Samples.failed(QueryClass.SIMPLE, now - 5, 503, "overloaded", null)
                          : Samples.ok(QueryClass.SIMPLE, now - 50, 50, 0.01);
                  tally.accept(s);
                }
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  @Test
  void theLeaderJudgesEachLevelOnBothGeneratorsWindows() throws Exception {
    CapacitySettings settings =
        new CapacitySettings(
            10,
            new CapacitySettings.Step(2, 0),
            80,
            Duration.ofMillis(100),
            Duration.ofMillis(400),
            true,
            0.10,
            2,
            CapacitySettings.Coordinator.LOCAL);
    int deadPort;
    try (ServerSocket s = new ServerSocket(0)) {
      deadPort = s.getLocalPort();
    }
    LevelGate leaderGate = new LevelGate();
    LevelTally leaderTally = new LevelTally();
    LevelGate followerGate = new LevelGate();
    LevelTally followerTally = new LevelTally();
    AtomicBoolean done = new AtomicBoolean();
    List<String> console = new CopyOnWriteArrayList<>();
    try (CapacityCoordinator coordinator =
        CapacityCoordinator.start("127.0.0.1", 0, 1, Duration.ofSeconds(10))) {
      CapacityFollower follower =
          new CapacityFollower(
              URI.create("http://127.0.0.1:" + coordinator.port()),
              1,
              new LevelRunner(followerGate, followerTally, users -> users - users / 2),
              Duration.ofSeconds(10),
              console::add);
      CapacityController leader =
          new CapacityController(
              settings,
              Limits.phase1(),
              new LevelRunner(leaderGate, leaderTally, users -> users / 2),
              coordinator,
              new HealthProbe(URI.create("http://127.0.0.1:" + deadPort), Duration.ofSeconds(1)),
              console::add);
      load(leaderGate, leaderTally, 2, done);
      load(followerGate, followerTally, 2, done);
      follower.start();
      leader.start();
      Eventually.await("the search ends", Duration.ofSeconds(60), leader::completedOrStopped);
      done.set(true);
      Eventually.await("the follower sees the end", Duration.ofSeconds(10), followerGate::finished);

      List<LevelResult> levels = leader.results();
      assertEquals(List.of(10, 20, 40, 30, 35), levels.stream().map(LevelResult::users).toList());
      assertEquals(
          List.of(true, true, false, true, false),
          levels.stream().map(LevelResult::passed).toList());
      assertEquals(levels.size(), follower.levels(), "the follower ran and reported every level");
      assertEquals(30, leader.search().highestPassing());
      for (LevelResult l : levels) {
        assertTrue(l.requests() > 0, "both windows were counted: " + l);
      }
    }
  }
}

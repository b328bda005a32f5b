package io.nwtn.stress.capacity;

import java.util.List;

/**
 * The other load generators of a capacity search, seen from the one that decides the levels: it
 * publishes each level's plan and collects their hold windows. A search on one load generator has
 * none.
 */
public interface Peers extends AutoCloseable {

  /** No other load generator. */
  Peers NONE =
      new Peers() {
        @Override
        public void publish(LevelPlan plan) {}

        @Override
        public List<LevelTally.Figures> collect(int seq) {
          return List.of();
        }

        @Override
        public void close() {}
      };

  /** Makes {@code plan} the level every load generator runs next. */
  void publish(LevelPlan plan);

  /**
   * The other load generators' windows of level {@code seq}, once each has sent its own.
   *
   * @throws CapacityCoordinator.MissingWindows when some did not in time
   */
  List<LevelTally.Figures> collect(int seq) throws InterruptedException;

  @Override
  void close();
}

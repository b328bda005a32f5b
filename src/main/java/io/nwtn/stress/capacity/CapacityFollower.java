package io.nwtn.stress.capacity;

import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A follower of a distributed capacity search: it runs each level the leader publishes with its own
 * share of the users and sends the leader its hold window, until the leader ends the search or
 * cannot be reached for {@code patience}.
 */
public final class CapacityFollower {

  static final long POLL_MS = 200;

  private final URI leader;
  private final int injector;
  private final LevelRunner runner;
  private final Duration patience;
  private final Consumer<String> console;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Thread thread;
  private volatile int levels;

  /**
   * @param leader the leader's coordination URL, e.g. {@code http://10.0.0.5:9474}
   * @param injector this load generator's injector index
   */
  public CapacityFollower(
      URI leader, int injector, LevelRunner runner, Duration patience, Consumer<String> console) {
    this.leader = leader;
    this.injector = injector;
    this.runner = runner;
    this.patience = patience;
    this.console = console;
    this.thread = new Thread(this::run, "nwtn-capacity-follower");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Stops following (the run is ending) and lets every user leave. */
  public void stop() throws InterruptedException {
    thread.interrupt();
    thread.join(5_000);
    runner.finish();
  }

  /** The levels this follower ran and reported. */
  public int levels() {
    return levels;
  }

  private void run() {
    try {
      int last = 0;
      while (true) {
        LevelPlan plan = nextPlan(last);
        if (plan.finished()) {
          return;
        }
        LevelTally.Figures figures = runner.run(plan);
        send(WindowMessage.of(plan.seq(), injector, figures));
        levels++;
        last = plan.seq();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      console.accept("NWTN capacity: " + e.getMessage() + "; this injector stops following");
    } finally {
      runner.finish();
    }
  }

  /** Polls the leader until it publishes a level after {@code last} or ends the search. */
  private LevelPlan nextPlan(int last) throws IOException, InterruptedException {
    long giveUp = System.currentTimeMillis() + patience.toMillis();
    while (true) {
      try {
        HttpResponse<byte[]> r =
            http.send(
                HttpRequest.newBuilder(leader.resolve(CapacityCoordinator.PLAN))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        giveUp = System.currentTimeMillis() + patience.toMillis();
        if (r.statusCode() == 200) {
          LevelPlan plan = ReportFiles.mapper().readValue(r.body(), LevelPlan.class);
          if (plan.finished() || plan.seq() > last) {
            return plan;
          }
        }
      } catch (IOException e) {
        if (System.currentTimeMillis() > giveUp) {
          throw new IOException(
              "the capacity leader at "
                  + leader
                  + " did not answer for "
                  + patience.toSeconds()
                  + " s ("
                  + e.getMessage()
                  + ")",
              e);
        }
      }
      Thread.sleep(POLL_MS);
    }
  }

  private void send(WindowMessage m) throws IOException, InterruptedException {
    HttpResponse<Void> r =
        http.send(
            HttpRequest.newBuilder(leader.resolve(CapacityCoordinator.WINDOW))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofByteArray(
                        ReportFiles.mapper().writeValueAsBytes(m)))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (r.statusCode() / 100 != 2) {
      throw new IOException(
          "the capacity leader refused level " + m.seq() + "'s window: HTTP " + r.statusCode());
    }
  }
}

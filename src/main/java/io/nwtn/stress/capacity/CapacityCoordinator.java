package io.nwtn.stress.capacity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The leader's side of a distributed capacity search: it publishes each level's {@link LevelPlan}
 * at {@code GET /capacity/plan} and takes the followers' hold windows at {@code POST
 * /capacity/window}, so that every level is judged on the figures of all load generators together.
 */
public final class CapacityCoordinator implements Peers {

  static final String PLAN = "/capacity/plan";
  static final String WINDOW = "/capacity/window";

  private final HttpServer server;
  private final int followers;
  private final Duration wait;
  private volatile LevelPlan plan;
  private final Map<Integer, List<LevelTally.Figures>> windows = new HashMap<>();

  private CapacityCoordinator(HttpServer server, int followers, Duration wait) {
    this.server = server;
    this.followers = followers;
    this.wait = wait;
  }

  /**
   * Serves the coordination on {@code host:port} for {@code followers} other load generators; waits
   * at most {@code wait} past a hold's end for their windows.
   *
   * @throws IOException when the address cannot be bound
   */
  public static CapacityCoordinator start(String host, int port, int followers, Duration wait)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
    CapacityCoordinator c = new CapacityCoordinator(server, followers, wait);
    server.createContext(PLAN, c::plan);
    server.createContext(WINDOW, c::window);
    server.setExecutor(
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "nwtn-capacity-coordinator");
              t.setDaemon(true);
              return t;
            }));
    server.start();
    return c;
  }

  /** The port the coordination is served on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void publish(LevelPlan next) {
    plan = next;
  }

  @Override
  public synchronized List<LevelTally.Figures> collect(int seq) throws InterruptedException {
    long deadline = System.currentTimeMillis() + wait.toMillis();
    while (windows.getOrDefault(seq, List.of()).size() < followers) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new MissingWindows(
            (followers - windows.getOrDefault(seq, List.of()).size())
                + " of "
                + followers
                + " followers sent no window for level "
                + seq
                + " within "
                + wait.toSeconds()
                + " s of its end");
      }
      wait(left);
    }
    return new ArrayList<>(windows.remove(seq));
  }

  private void plan(HttpExchange exchange) throws IOException {
    LevelPlan current = plan;
    if (current == null) {
      reply(exchange, 204, new byte[0]);
    } else {
      reply(exchange, 200, ReportFiles.mapper().writeValueAsBytes(current));
    }
  }

  private void window(HttpExchange exchange) throws IOException {
    if (!"POST".equals(exchange.getRequestMethod())) {
      reply(exchange, 405, new byte[0]);
      return;
    }
    WindowMessage m;
    try (InputStream in = exchange.getRequestBody()) {
      m = ReportFiles.mapper().readValue(in, WindowMessage.class);
    } catch (IOException e) {
      reply(exchange, 400, new byte[0]);
      return;
    }
    synchronized (this) {
      windows.computeIfAbsent(m.seq(), k -> new ArrayList<>()).add(m.figures());
      notifyAll();
    }
    reply(exchange, 204, new byte[0]);
  }

  private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Followers that did not send their window in time: the level cannot be judged. */
  public static final class MissingWindows extends RuntimeException {
    MissingWindows(String message) {
      super(message);
    }
  }
}

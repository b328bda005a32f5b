package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.net.URI;
import java.time.Duration;

/**
 * The capacity search ({@code nwtn.capacity}): the levels of the staircase and how each is held.
 *
 * @param startUsers the first level's users
 * @param step how the next level follows from the last
 * @param maxUsers the last level tried
 * @param arrival the time over which a level's new users arrive, or surplus users leave
 * @param hold how long a level is held once its users have arrived; it is judged over this alone
 * @param refine whether to bisect between the last passing and the first failing level
 * @param precision bisection stops once failing and passing levels are within this share
 * @param maxRefinements at most this many levels are run to bisect
 * @param coordinator how the load generators of a distributed search find each other
 */
public record CapacitySettings(
    int startUsers,
    Step step,
    int maxUsers,
    Duration arrival,
    Duration hold,
    boolean refine,
    double precision,
    int maxRefinements,
    Coordinator coordinator) {

  /**
   * Where the leader of a distributed search serves the coordination and followers reach it.
   *
   * @param url the leader's URL as followers reach it
   * @param patience how long either side waits for the other before the search stops
   */
  public record Coordinator(String host, int port, URI url, Duration patience) {

    /** One load generator on this machine, for searches and tests that run alone. */
    public static final Coordinator LOCAL =
        new Coordinator(
            "127.0.0.1", 9474, URI.create("http://127.0.0.1:9474"), Duration.ofSeconds(30));
  }

  /**
   * How one level follows from the last: multiplied by a factor, or increased by a number of users.
   *
   * @param factor the factor, or 0 for an increment
   * @param increment the users added, when there is no factor
   */
  public record Step(double factor, int increment) {

    /** The level after {@code users}: always at least one user more. */
    public int after(int users) {
      long next = factor > 0 ? (long) Math.ceil(users * factor) : (long) users + increment;
      return (int) Math.min(Integer.MAX_VALUE, Math.max(users + 1L, next));
    }

    @Override
    public String toString() {
      return factor > 0 ? "x" + factor : "+" + increment;
    }
  }

  /** Reads {@code nwtn.capacity}; the default maximum is four times {@code requiredUsers}. */
  public static CapacitySettings fromConfig(Config root, int requiredUsers) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.capacity");
    int start = s.intIn("start-users", 1, 1_000_000);
    int max = s.intIn("max-users", 0, 1_000_000);
    int maxUsers = max == 0 ? Math.max(start, 4 * requiredUsers) : max;
    if (maxUsers < start) {
      throw s.bad(
          "max-users", maxUsers + " is below start-users (" + start + ")", "0 or >= start-users");
    }
    return new CapacitySettings(
        start,
        step(s),
        maxUsers,
        s.duration("arrival", Duration.ZERO),
        s.duration("hold", Duration.ofSeconds(1)),
        s.bool("refine"),
        s.doubleIn("precision", 0.001, 1),
        s.intIn("max-refinements", 0, 100),
        coordinator(s.child("coordinator")));
  }

  private static Coordinator coordinator(SettingsReader c) {
    String host = c.string("host").trim();
    int port = c.intIn("port", 1, 65_535);
    String url = c.string("url").trim();
    URI uri;
    try {
      uri = URI.create(url.isEmpty() ? "http://" + host + ":" + port : url);
    } catch (IllegalArgumentException e) {
      throw c.bad("url", "'" + url + "' is not a URL", "http://<leader-host>:<port>");
    }
    if (uri.getHost() == null || !"http".equals(uri.getScheme())) {
      throw c.bad("url", "'" + url + "' is not an http URL", "http://<leader-host>:<port>");
    }
    return new Coordinator(host, port, uri, c.duration("patience", Duration.ofSeconds(1)));
  }

  private static Step step(SettingsReader s) {
    String raw = s.string("step").trim();
    String allowed = "a factor such as x1.5 (above 1) or an increment such as +200";
    try {
      if (raw.startsWith("x") || raw.startsWith("*")) {
        double factor = Double.parseDouble(raw.substring(1));
        if (factor > 1 && factor <= 100) {
          return new Step(factor, 0);
        }
      } else if (raw.startsWith("+")) {
        int increment = Integer.parseInt(raw.substring(1));
        if (increment >= 1) {
          return new Step(0, increment);
        }
      }
    } catch (NumberFormatException e) {
      // the one-line error below names what is allowed
    }
    throw s.bad("step", "'" + raw + "' is not a step", allowed);
  }
}

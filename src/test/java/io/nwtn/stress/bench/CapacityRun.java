package io.nwtn.stress.bench;

import com.typesafe.config.Config;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One load-generator capacity run, handed from {@link CapacityBenchmark} to the Gatling JVM it
 * starts as {@code -Dbench.capacity.*} properties and read back by {@link CapacitySimulation}.
 *
 * @param url the trivial endpoint's server, e.g. {@code http://127.0.0.1:41234}
 * @param thinking true: users pause a uniform think time between requests; false: each user sends
 *     requests back to back on its own connection (the request-rate run, like {@code wrk -c})
 * @param users concurrent virtual users (connections for the rate run)
 * @param rampUp how long the users take to arrive
 * @param hold how long each user keeps sending after it arrived
 */
record CapacityRun(
    URI url,
    boolean thinking,
    int users,
    Duration rampUp,
    Duration hold,
    Duration thinkMin,
    Duration thinkMax) {

  static final String PREFIX = "bench.capacity.";
  static final String PATH = "/health";

  static CapacityRun fromConfig(Config config) {
    Config c = config.getConfig("bench.capacity");
    return new CapacityRun(
        URI.create(c.getString("url")),
        c.getBoolean("thinking"),
        c.getInt("users"),
        c.getDuration("ramp-up"),
        c.getDuration("hold"),
        c.getDuration("think-min"),
        c.getDuration("think-max"));
  }

  /** The system properties that carry this run to the Gatling JVM. */
  List<String> properties() {
    return List.of(
        "-D" + PREFIX + "url=" + url,
        "-D" + PREFIX + "thinking=" + thinking,
        "-D" + PREFIX + "users=" + users,
        "-D" + PREFIX + "ramp-up=" + rampUp.toMillis() + "ms",
        "-D" + PREFIX + "hold=" + hold.toMillis() + "ms",
        "-D" + PREFIX + "think-min=" + thinkMin.toMillis() + "ms",
        "-D" + PREFIX + "think-max=" + thinkMax.toMillis() + "ms",
        "-Dnwtn.target.url=" + url);
  }

  /** The scheduled length of the run, ramp-up plus one hold. */
  Duration scheduled() {
    return rampUp.plus(hold);
  }
}

package io.nwtn.stress.logfile.bench;

import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.logfile.SimulationLogWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes a valid Gatling 3.15.1 {@code simulation.log} of any number of requests: three query
 * classes with log-normal response times, about 5 % KO with Gatling-style messages, users that
 * start on a ramp, send a few requests with think time between them and end.
 *
 * <p>Usage: {@code LargeLogGenerator <file> <requests> [seed]} (see {@code make decoder-log}).
 */
public final class LargeLogGenerator {

  static final long RUN_START = 1_767_225_600_000L;
  private static final List<String> SCENARIOS = List.of("NWTN sessions");
  private static final String[] NAMES = {"session simple", "session medium", "session complex"};
  private static final double[] SHARE = {0.4, 0.8, 1.0};
  private static final double[] MEDIAN_MS = {350, 900, 2_200};
  private static final String[] KO_MESSAGES = {
    "status.find.in([200, 209], 304), found 503",
    "status.find.in([200, 209], 304), found 429",
    "jsonPath($.session_id).find.exists, found nothing",
    "Request timeout to 127.0.0.1/127.0.0.1:8000 after 60000 ms"
  };
  private static final int REQUESTS_PER_USER = 5;
  private static final int USERS_PER_SECOND = 200;

  private final SplittableRandom random;

  /** OK and KO counts per request name, and users, as written. */
  public record Counts(Map<String, long[]> requests, long users) {
    long total() {
      return requests.values().stream().mapToLong(c -> c[0] + c[1]).sum();
    }
  }

  LargeLogGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LargeLogGenerator <file> <requests> [seed]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long requests = Long.parseLong(args[1]);
    Counts counts =
        new LargeLogGenerator(args.length > 2 ? Long.parseLong(args[2]) : 1).write(file, requests);
    System.out.println(
        "Wrote " + counts.total() + " requests of " + counts.users() + " users to " + file);
  }

  /** Writes {@code requests} requests to {@code file}. */
  public Counts write(Path file, long requests) throws IOException {
    LogHeader header =
        new LogHeader(
            SimulationLogReader.SUPPORTED_GATLING_VERSION,
            "io.nwtn.stress.logfile.bench.GeneratedLog",
            RUN_START,
            "generated",
            SCENARIOS,
            0);
    Map<String, long[]> counts = new TreeMap<>();
    long users = 0;
    try (SimulationLogWriter writer = SimulationLogWriter.create(file, header, List.of())) {
      for (long sent = 0; sent < requests; users++) {
        long time = RUN_START + users * 1_000 / USERS_PER_SECOND;
        writer.user(SCENARIOS.get(0), true, time);
        for (int i = 0; i < REQUESTS_PER_USER && sent < requests; i++, sent++) {
          time = request(writer, time, counts);
          time += 2_000 + random.nextInt(8_000);
        }
        writer.user(SCENARIOS.get(0), false, time);
      }
    }
    return new Counts(counts, users);
  }

  private long request(SimulationLogWriter writer, long start, Map<String, long[]> counts)
      throws IOException {
    double pick = random.nextDouble();
    int kind = pick < SHARE[0] ? 0 : pick < SHARE[1] ? 1 : 2;
    long responseTime = Math.min(60_000, Math.round(MEDIAN_MS[kind] * Math.exp(0.6 * gaussian())));
    boolean ok = random.nextDouble() >= 0.05;
    String message = ok ? "" : KO_MESSAGES[random.nextInt(KO_MESSAGES.length)];
    writer.request(List.of(), NAMES[kind], start, start + responseTime, ok, message);
    counts.computeIfAbsent(NAMES[kind], k -> new long[2])[ok ? 0 : 1]++;
    return start + responseTime;
  }

  /** A standard normal deviate (Box-Muller); SplittableRandom has no nextGaussian on Java 17. */
  private double gaussian() {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}

package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code nwtn.report} settings.
 *
 * @param outputDir where each run's reports go ({@code <outputDir>/<run>/} and {@code latest/})
 * @param gatlingResults where Gatling writes its run folders
 * @param agentP95Warning an agent whose P95 execution time exceeds this gets a 🟡 recommendation
 * @param sampleInterval how often resources and {@code /health} are sampled during a run
 * @param verbose print stack traces with errors
 */
public record ReportSettings(
    Path outputDir,
    Path gatlingResults,
    Duration agentP95Warning,
    Duration sampleInterval,
    boolean verbose) {

  /** Reads and checks {@code nwtn.report.*}; a bad value names its key. */
  public static ReportSettings fromConfig(Config root) {
    try {
      Config c = root.getConfig("nwtn.report");
      ReportSettings s =
          new ReportSettings(
              Path.of(c.getString("output-dir")),
              Path.of(c.getString("gatling-results")),
              c.getDuration("agent-p95-warning"),
              c.getDuration("sample-interval"),
              c.getBoolean("verbose"));
      if (s.sampleInterval.toMillis() < 100) {
        throw new IllegalArgumentException(
            "nwtn.report.sample-interval: "
                + s.sampleInterval
                + " is too short; allowed: 100ms or more");
      }
      return s;
    } catch (ConfigException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}

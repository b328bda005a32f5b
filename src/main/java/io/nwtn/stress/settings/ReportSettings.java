package io.nwtn.stress.settings;

import com.typesafe.config.Config;
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
    SettingsReader s = SettingsReader.of(root).child("nwtn.report");
    return new ReportSettings(
        Path.of(s.string("output-dir", "a folder path")),
        Path.of(s.string("gatling-results", "a folder path")),
        s.duration("agent-p95-warning", Duration.ofMillis(1)),
        // sampling /health and the JVM more often would load the machine it measures
        s.duration("sample-interval", Duration.ofMillis(100)),
        s.bool("verbose"));
  }
}

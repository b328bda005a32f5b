package io.nwtn.stress.distributed;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What an injector writes into its folder ({@code nwtn-injector.json}) before its load starts: the
 * run it belongs to, its share, and its clock readings, so that a merge can check the folders
 * belong together and estimate the skew between injectors' clocks.
 *
 * @param users this injector's virtual users
 * @param totalUsers the run's users over all injectors
 * @param arrivalRate open model: this injector's arrivals per second at the peak
 * @param startAtEpochMs the coordinated start the injector waits for before its first user, 0 for
 *     none
 * @param launchedEpochMs when the injector process started, by its own clock
 * @param host the injector's host name (a pod name on Kubernetes)
 * @param targetClock the target's {@code /health} uptime as this injector read it, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InjectorManifest(
    int version,
    String runId,
    int index,
    int count,
    int users,
    int totalUsers,
    double arrivalRate,
    long startAtEpochMs,
    long launchedEpochMs,
    String host,
    TargetClock targetClock) {

  /** The format version this suite writes and reads. */
  public static final int VERSION = 1;

  /** The file name inside an injector's folder. */
  public static final String FILE_NAME = "nwtn-injector.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * One reading of the target's uptime: sent and answered by the injector's clock. The target
   * started at about {@code (sent + received) / 2 - uptime}; two injectors that see different start
   * times have clocks that differ by about as much.
   */
  public record TargetClock(long sentEpochMs, long receivedEpochMs, double uptimeSeconds) {

    /** The target's start time by this injector's clock. */
    public long targetStartEpochMs() {
      return (sentEpochMs + receivedEpochMs) / 2 - Math.round(uptimeSeconds * 1000);
    }

    /** How far off {@link #targetStartEpochMs()} can be from the round trip alone. */
    public long uncertaintyMs() {
      return (receivedEpochMs - sentEpochMs + 1) / 2;
    }
  }

  /** Writes the manifest into {@code folder}, replacing it whole or not at all. */
  public void write(Path folder) throws IOException {
    ReportFiles.writeAtomically(folder.resolve(FILE_NAME), MAPPER.writeValueAsBytes(this));
  }

  /**
   * Reads the manifest of an injector folder.
   *
   * @throws IOException when it is missing or unreadable
   */
  public static InjectorManifest read(Path folder) throws IOException {
    return MAPPER.readValue(folder.resolve(FILE_NAME).toFile(), InjectorManifest.class);
  }
}

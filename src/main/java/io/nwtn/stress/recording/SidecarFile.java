package io.nwtn.stress.recording;

import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes {@code nwtn-sidecar.json} in a Gatling run folder. */
public final class SidecarFile {

  private SidecarFile() {}

  public static void write(Path runFolder, Sidecar sidecar) throws IOException {
    ReportFiles.writeAtomically(
        runFolder.resolve(Sidecar.FILE_NAME), ReportFiles.mapper().writeValueAsBytes(sidecar));
  }

  /**
   * The sidecar of a run folder, or empty when the run recorded none.
   *
   * @throws ExitException when the file exists but cannot be read
   */
  public static Optional<Sidecar> read(Path runFolder) {
    Path file = runFolder.resolve(Sidecar.FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      Sidecar s = ReportFiles.mapper().readValue(file.toFile(), Sidecar.class);
      if (s.version() != Sidecar.VERSION) {
        throw new ExitException(
            ExitStatus.BAD_INPUT,
            file
                + ": sidecar version "
                + s.version()
                + ", this suite reads version "
                + Sidecar.VERSION
                + "; rerun the simulation or delete the file to report from simulation.log alone");
      }
      return Optional.of(s);
    } catch (IOException e) {
      throw new ExitException(
          ExitStatus.BAD_INPUT,
          file
              + ": not a readable sidecar ("
              + e.getClass().getSimpleName()
              + "); delete it to report from simulation.log alone",
          e);
    }
  }
}

package io.nwtn.stress.merge;

import io.nwtn.stress.distributed.InjectorManifest;
import io.nwtn.stress.exit.ExitException;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.logfile.LogFormatException;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogVisitor;
import io.nwtn.stress.logfile.SimulationLogReader;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.recording.SidecarFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One injector's folder ({@code <run-id>/injector-<i>/}): its manifest, the Gatling run folder it
 * wrote under {@code gatling/} (its {@code simulation.log} and sidecar), and that log's header.
 *
 * @param sidecar the injector's sidecar, or {@code null} when it recorded none
 */
public record InjectorFolder(
    Path folder, InjectorManifest manifest, Path runFolder, LogHeader header, Sidecar sidecar) {

  /** Where an injector's Gatling run folders go, inside its folder. */
  public static final String GATLING = "gatling";

  /**
   * Opens an injector folder and reads its log's header (not yet its records).
   *
   * @throws ExitException with one line when the folder is not a complete injector folder
   */
  public static InjectorFolder open(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw bad(
          folder
              + ": no such injector folder; pass folders such as target/nwtn/<run-id>/injector-0");
    }
    InjectorManifest manifest;
    try {
      manifest = InjectorManifest.read(folder);
    } catch (IOException e) {
      throw bad(
          folder.resolve(InjectorManifest.FILE_NAME)
              + ": missing or unreadable ("
              + e.getClass().getSimpleName()
              + "); pass folders written by an injector run (make nwtn-stress-distributed)");
    }
    if (manifest.version() != InjectorManifest.VERSION) {
      throw bad(
          folder
              + ": injector manifest version "
              + manifest.version()
              + ", this suite reads "
              + InjectorManifest.VERSION);
    }
    Path run = gatlingRun(folder);
    return new InjectorFolder(
        folder,
        manifest,
        run,
        header(run.resolve("simulation.log")),
        SidecarFile.read(run).orElse(null));
  }

  /** The one Gatling run folder with a {@code simulation.log} under {@code gatling/}. */
  private static Path gatlingRun(Path folder) {
    Path dir = folder.resolve(GATLING);
    List<Path> runs;
    try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      runs = s.filter(d -> Files.isRegularFile(d.resolve("simulation.log"))).sorted().toList();
    } catch (IOException e) {
      throw new ExitException(ExitStatus.ERROR, dir + ": cannot list: " + e.getMessage(), e);
    }
    if (runs.size() != 1) {
      throw bad(
          dir
              + ": "
              + (runs.isEmpty()
                  ? "no Gatling run folder with a simulation.log"
                  : runs.size() + " Gatling runs")
              + "; an injector folder holds exactly one run (did the injector finish?)");
    }
    return runs.get(0);
  }

  private static LogHeader header(Path log) {
    LogHeader[] header = new LogHeader[1];
    try {
      SimulationLogReader.read(
          log,
          new LogVisitor() {
            @Override
            public void header(LogHeader h) {
              header[0] = h;
              throw new HeaderRead();
            }
          });
    } catch (HeaderRead done) {
      return header[0];
    } catch (LogFormatException e) {
      throw bad(e.getMessage());
    } catch (IOException e) {
      throw new ExitException(ExitStatus.ERROR, log + ": cannot read: " + e.getMessage(), e);
    }
    return header[0];
  }

  /** Stops the reader once the header is known: the records are read later, in the merge. */
  private static final class HeaderRead extends RuntimeException {
    HeaderRead() {
      super(null, null, false, false);
    }
  }

  static ExitException bad(String line) {
    return new ExitException(ExitStatus.BAD_INPUT, line);
  }
}

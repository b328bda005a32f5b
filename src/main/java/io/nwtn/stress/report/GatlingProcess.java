package io.nwtn.stress.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What this JVM knows of the Gatling run it hosts: whether Gatling's own {@code main} launched it
 * (as {@code mvn gatling:test} does, in a forked JVM) and the results folder it was given.
 */
final class GatlingProcess {

  static final String GATLING_MAIN = "io.gatling.app.Gatling";

  private final List<String> command;

  private GatlingProcess(String commandLine) {
    this.command = commandLine == null ? List.of() : List.of(commandLine.trim().split("\\s+"));
  }

  /** This JVM's launch command as the JDK reports it. */
  static GatlingProcess current() {
    return new GatlingProcess(System.getProperty("sun.java.command"));
  }

  static GatlingProcess of(String commandLine) {
    return new GatlingProcess(commandLine);
  }

  /** Whether Gatling's {@code main} runs this JVM, so the JVM ends when Gatling is done. */
  boolean isGatlingMain() {
    return !command.isEmpty() && GATLING_MAIN.equals(command.get(0));
  }

  /** The {@code -rf}/{@code --results-folder} Gatling was given, if any. */
  Optional<Path> resultsFolder() {
    for (int i = 0; i + 1 < command.size(); i++) {
      if ("-rf".equals(command.get(i)) || "--results-folder".equals(command.get(i))) {
        return Optional.of(Path.of(command.get(i + 1)));
      }
    }
    return Optional.empty();
  }

  /** The newest run folder under {@code results} created since this JVM started. */
  static Optional<Path> currentRun(Path results) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    return ReportMain.newestRun(results)
        .filter(dir -> dir.toFile().lastModified() >= jvmStart - 1000 && Files.isDirectory(dir));
  }
}

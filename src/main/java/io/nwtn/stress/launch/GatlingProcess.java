package io.nwtn.stress.launch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * What this JVM knows of the Gatling run it hosts: whether Gatling's own {@code main} launched it
 * (as {@code mvn gatling:test} does, in a forked JVM) and the results folder it was given. The
 * Gatling Maven plugin starts the fork as {@code java -jar <booter>.jar io.gatling.app.Gatling}
 * with Gatling's arguments one per line in the booter's {@code META-INF/args.txt}.
 */
final class GatlingProcess {

  static final String GATLING_MAIN = "io.gatling.app.Gatling";
  static final String BOOTER_ARGS = "META-INF/args.txt";

  private final String mainClass;
  private final List<String> args;

  private GatlingProcess(String mainClass, List<String> args) {
    this.mainClass = mainClass;
    this.args = args;
  }

  /** This JVM's launch command as the JDK reports it. */
  static GatlingProcess current() {
    return of(System.getProperty("sun.java.command"));
  }

  /** The process of a launch command: {@code Main args...} or {@code booter.jar Main}. */
  static GatlingProcess of(String commandLine) {
    List<String> tokens =
        commandLine == null || commandLine.isBlank()
            ? List.of()
            : List.of(commandLine.trim().split("\\s+"));
    if (tokens.isEmpty()) {
      return new GatlingProcess("", List.of());
    }
    if (tokens.get(0).endsWith(".jar") && tokens.size() > 1) {
      return new GatlingProcess(tokens.get(1), booterArgs(Path.of(tokens.get(0))));
    }
    return new GatlingProcess(tokens.get(0), tokens.subList(1, tokens.size()));
  }

  private static List<String> booterArgs(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      ZipEntry entry = file.getEntry(BOOTER_ARGS);
      if (entry == null) {
        return List.of();
      }
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
        return in.lines().toList();
      }
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Whether Gatling's {@code main} runs this JVM, so the JVM ends when Gatling is done. */
  boolean isGatlingMain() {
    return GATLING_MAIN.equals(mainClass);
  }

  /** Whether this JVM is Maven's own, with Gatling run inside it. */
  boolean isInsideMaven() {
    return mainClass.startsWith("org.codehaus.plexus.classworlds.");
  }

  /** The class this JVM was started with, as the JDK reports it. */
  String mainClass() {
    return mainClass;
  }

  /** The {@code -rf}/{@code --results-folder} Gatling was given, if any. */
  Optional<Path> resultsFolder() {
    return resultsFolder(args);
  }

  /** The {@code -rf}/{@code --results-folder} among Gatling's arguments, if any. */
  static Optional<Path> resultsFolder(List<String> args) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if ("-rf".equals(args.get(i)) || "--results-folder".equals(args.get(i))) {
        return Optional.of(Path.of(args.get(i + 1)));
      }
    }
    return Optional.empty();
  }
}

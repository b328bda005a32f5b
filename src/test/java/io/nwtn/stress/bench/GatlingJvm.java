package io.nwtn.stress.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A Gatling JVM like the one the Gatling plugin forks, on this JVM's class path. */
final class GatlingJvm {

  private GatlingJvm() {}

  /**
   * The command that runs {@code simulation} with the {@code -D} settings {@code properties}, its
   * results under {@code results}, without Gatling's HTML report.
   */
  static List<String> command(List<String> properties, Class<?> simulation, Path results) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx2g");
    // -Dbench.gatling-jvm="-Xlog:gc ...": more options for the Gatling JVMs, to compare
    command.addAll(BenchParts.jvmOptions("bench.gatling-jvm"));
    command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(properties);
    command.addAll(
        List.of(
            "io.gatling.app.Gatling",
            "-s",
            simulation.getName(),
            "-rf",
            results.toString(),
            "-nr"));
    return command;
  }
}

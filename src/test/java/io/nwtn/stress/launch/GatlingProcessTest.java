package io.nwtn.stress.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatlingProcessTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "io.gatling.app.Gatling -s simulations.NwtnStressSimulation -rf /w/target/gatling | true | /w/target/gatling",
        "io.gatling.app.Gatling --results-folder out -s x | true | out",
        "io.gatling.app.Gatling -s x | true | ",
        "org.apache.maven.surefire.booter.ForkedBooter /tmp/x -rf y | false | y",
        " | false | "
      })
  void recognisesGatlingsMainAndItsResultsFolder(String command, boolean main, String folder) {
    GatlingProcess p = GatlingProcess.of(command);
    assertEquals(main, p.isGatlingMain());
    assertEquals(Optional.ofNullable(folder).map(Path::of), p.resultsFolder());
  }

  @Test
  void readsGatlingsArgumentsFromTheMavenPluginsBooterJar(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("gatling-booter.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new ZipEntry(GatlingProcess.BOOTER_ARGS));
      out.write(
          "-s\nsimulations.NwtnStressSimulation\n-rf\n/work/my project/target/gatling\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    GatlingProcess p = GatlingProcess.of(jar + " io.gatling.app.Gatling");

    assertEquals(true, p.isGatlingMain());
    assertEquals(Optional.of(Path.of("/work/my project/target/gatling")), p.resultsFolder());
  }
}

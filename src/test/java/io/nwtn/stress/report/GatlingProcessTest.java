package io.nwtn.stress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
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
}

package io.nwtn.stress.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.testing.BoundedProcess;
import io.nwtn.stress.testing.SlowTest;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run whose JVM cannot pass the verdict on (Gatling inside another program's {@code main}, as in
 * Maven's JVM with {@code -Dgatling.sameProcess=true}) is refused before any load with one line and
 * exit code 2, never left without reports.
 */
@SlowTest
class ExitPathTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "false, Gatling runs inside another program (io.nwtn.stress.launch.EmbeddedGatling)",
    "true, -Dgatling.sameProcess=true runs Gatling inside Maven's JVM"
  })
  void gatlingInsideAnotherProgramIsRefusedWithOneLine(boolean sameProcess, String line)
      throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dprofile=smoke",
                "-Dnwtn.monitoring.port=0",
                "-Durl=http://127.0.0.1:" + port,
                "-Dnwtn.report.output-dir=" + dir.resolve("nwtn"),
                "-Dgatling.sameProcess=" + sameProcess,
                EmbeddedGatling.class.getName(),
                "-s",
                VerdictProbeSimulation.class.getName(),
                "-rf",
                dir.resolve("gatling").toString()));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    int exit;
    try (BoundedProcess p = BoundedProcess.start(new ProcessBuilder(cmd), out, err)) {
      exit = p.awaitExit(Duration.ofSeconds(90));
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(2, exit, stderr);
    assertTrue(stderr.contains("NWTN stress: " + line), stderr);
    assertEquals(1, stderr.lines().filter(l -> l.startsWith("NWTN stress:")).count(), stderr);
    assertFalse(stderr.contains("\tat "), "no stack trace: " + stderr);
    assertFalse(
        Files.readString(out, StandardCharsets.UTF_8).contains("NWTN STRESS TEST RESULTS"),
        "no load was judged");
  }
}

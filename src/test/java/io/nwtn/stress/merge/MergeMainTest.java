package io.nwtn.stress.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nwtn.stress.distributed.InjectorManifest;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.SimulationLogWriter;
import io.nwtn.stress.testing.ReportSchemas;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The merge command: one report for a run's folders, and one line and exit 2 for wrong folders. */
class MergeMainTest {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void outputHere() {
    System.setProperty("nwtn.report.output-dir", dir.toString());
  }

  @AfterEach
  void clear() {
    System.clearProperty("nwtn.report.output-dir");
  }

  int merge(String... args) {
    return MergeMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesOneReportForTheRunWithItsInjectors() throws IOException {
    SplitRun split = new SplitRun(21, 2, 50);
    split.writeInjector(dir, "phase1-001", 0);
    split.writeInjector(dir, "phase1-001", 1);
    // the local launcher keeps each injector's console output beside its folder
    Files.writeString(dir.resolve("phase1-001").resolve("injector-0.out"), "console");

    int code = merge("--run", "phase1-001");

    assertEquals(ExitStatus.FAILED, code, err.toString()); // 5 % breaker answers fail the run
    JsonNode doc =
        new ObjectMapper()
            .readTree(dir.resolve("phase1-001").resolve(MergeDocument.FILE_NAME).toFile());
    long parts = 0;
    for (JsonNode i : doc.get("injectors")) {
      parts += i.get("total_requests").asLong();
    }
    assertEquals(doc.get("merged").get("total_requests").asLong(), parts);
    assertEquals("FAILED", doc.get("merged").get("verdict").asText());
    assertTrue(Files.isRegularFile(dir.resolve("phase1-001").resolve(ReportFiles.RESULTS)));
    assertTrue(Files.isRegularFile(dir.resolve("latest").resolve(ReportFiles.RESULTS)));
    assertTrue(out.toString().contains("injector 1: 50 users"), out.toString());
    ReportSchemas.assertValidFolder(dir.resolve("phase1-001"), 4);
    JsonNode results = ReportSchemas.read(dir.resolve("phase1-001").resolve(ReportFiles.RESULTS));
    // the injectors share one target: the merged run says what the first one recorded
    assertEquals("external", results.get("target_kind").asText());
    assertEquals("external", doc.get("merged").get("target_kind").asText());
    assertEquals(100, results.at("/test_config/max_concurrent_users").asInt());
    assertTrue(out.toString().contains("target: "), out.toString());
  }

  enum Broken {
    OTHER_RUN_ID("run id"),
    MISSING_INJECTOR("injector [1] is missing"),
    SAME_INJECTOR_TWICE("was given twice"),
    OTHER_GATLING_VERSION("written by Gatling 3.14.0"),
    NO_MANIFEST(InjectorManifest.FILE_NAME + ": missing"),
    UNFINISHED_INJECTOR("no Gatling run folder");

    final String says;

    Broken(String says) {
      this.says = says;
    }
  }

  @ParameterizedTest
  @EnumSource(Broken.class)
  void refusesFoldersThatAreNotOneRun(Broken broken) throws IOException {
    SplitRun split = new SplitRun(4, 2, 10);
    Path a = split.writeInjector(dir, "r", 0);
    Path b = split.writeInjector(dir, broken == Broken.OTHER_RUN_ID ? "other" : "r", 1);
    List<String> args = new ArrayList<>(List.of(a.toString(), b.toString()));
    switch (broken) {
      case MISSING_INJECTOR -> args.remove(1);
      case SAME_INJECTOR_TWICE -> args.set(1, a.toString());
      case OTHER_GATLING_VERSION -> rewriteWithVersion(b, "3.14.0");
      case NO_MANIFEST -> Files.delete(b.resolve(InjectorManifest.FILE_NAME));
      case UNFINISHED_INJECTOR -> deleteTree(b.resolve("gatling"));
      default -> {}
    }

    int code = merge(args.toArray(String[]::new));

    String line = err.toString(StandardCharsets.UTF_8).strip();
    assertEquals(ExitStatus.BAD_INPUT, code, line);
    assertFalse(line.contains("\n"), "one line: " + line);
    assertTrue(line.contains(broken.says), line);
    assertFalse(Files.exists(dir.resolve("r").resolve(ReportFiles.RESULTS)), "nothing written");
  }

  @Test
  void withoutFoldersPrintsUsage() {
    assertEquals(ExitStatus.BAD_INPUT, merge());
    assertTrue(err.toString().contains("usage: MergeMain"));
  }

  private static void rewriteWithVersion(Path injector, String version) throws IOException {
    Path log;
    try (Stream<Path> runs = Files.list(injector.resolve("gatling"))) {
      log = runs.findFirst().orElseThrow().resolve("simulation.log");
    }
    LogHeader h =
        new LogHeader(
            version, SplitRun.SIMULATION, SplitRun.START, "", List.of(SplitRun.SCENARIO), 0);
    try (SimulationLogWriter w = SimulationLogWriter.create(log, h, List.of())) {
      w.user(SplitRun.SCENARIO, true, SplitRun.START);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}

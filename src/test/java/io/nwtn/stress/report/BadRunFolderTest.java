package io.nwtn.stress.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.recording.Sidecar;
import io.nwtn.stress.testing.RunFolders;
import io.nwtn.stress.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The post-processor given a run folder it cannot trust: one clear line naming the file (and the
 * byte offset), a non-zero exit, no stack trace, and never a report that looks complete.
 */
class BadRunFolderTest extends ReportMainCase {

  /** A damage done to the planned run's {@code simulation.log}, and what the error must name. */
  record Damage(String name, UnaryOperator<byte[]> damage, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Damage> damagedLogs() {
    return Stream.of(
        new Damage("empty", b -> new byte[0], "at byte 0"),
        new Damage("truncated mid-record", b -> Arrays.copyOf(b, b.length - 7), "at byte"),
        new Damage("cut after the header", b -> Arrays.copyOf(b, 40), "at byte"),
        new Damage("corrupt record type", b -> flip(b, b.length / 2), "at byte"),
        new Damage("other Gatling version", b -> replace(b, "3.15.1", "3.14.0"), "3.14.0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedLogs")
  void damagedLogExitsThreeWithOneLineNamingTheFileAndNoReport(Damage d) throws Exception {
    Path folder = withSidecar(RunFolders.planned(dir.resolve("gatling")));
    Path log = folder.resolve("simulation.log");
    Files.write(log, d.damage().apply(Files.readAllBytes(log)));

    assertEquals(3, run(folder.toString()), err());
    String e = err();
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.contains(log.toString()) && e.contains(d.problem()), e);
    assertFalse(e.contains("\tat ") || e.contains("Exception"), "no stack trace: " + e);
    assertFalse(Files.exists(dir.resolve("nwtn")), "no report, not even a partial one");
  }

  @Test
  void missingSidecarWritesReportsMarkedIncompleteAndExitsThree() throws Exception {
    Path folder = RunFolders.planned(dir.resolve("gatling"));

    assertEquals(3, run(folder.toString()), err());
    String e = err();
    assertTrue(e.contains(folder.resolve(Sidecar.FILE_NAME) + " is missing"), e);
    assertFalse(e.contains("\tat "), e);
    JsonNode results = results();
    assertFalse(results.get("complete").asBoolean());
    assertEquals("INCOMPLETE", results.get("verdict").asText());
    assertTrue(results.get("incomplete_reasons").get(0).asText().contains(Sidecar.FILE_NAME));
    assertTrue(out().contains("INCOMPLETE"));
  }

  @Test
  void stoppedRunIsReportedIncompleteWithWhatTheLogLacks() throws Exception {
    List<SessionSample> answered = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      answered.add(Samples.ok(QueryClass.SIMPLE, RunFolders.START + i * 40L, 40, 0.01));
    }
    Path folder = RunFolders.withSidecar(RunFolders.planned(dir.resolve("gatling")), 10, answered);
    io.nwtn.stress.analysis.Completeness.mark(folder, "the run was stopped before its end");

    assertEquals(3, run(folder.toString()), err());
    JsonNode reasons = results().get("incomplete_reasons");
    assertEquals("the run was stopped before its end", reasons.get(0).asText());
    assertTrue(
        reasons.get(1).asText().startsWith("simulation.log holds 100 of the 120"),
        reasons.toString());
    assertEquals("INCOMPLETE", results().get("verdict").asText());
  }

  @Test
  void completeRunIsMarkedComplete() throws Exception {
    Path folder = withSidecar(RunFolders.planned(dir.resolve("gatling")));

    assertEquals(0, run(folder.toString()), err());
    assertTrue(results().get("complete").asBoolean());
    assertEquals(0, results().get("incomplete_reasons").size());
  }

  @Test
  void unwritableReportFolderExitsThreeWithOneLine() throws Exception {
    Path folder = withSidecar(RunFolders.planned(dir.resolve("gatling")));
    // a path under a regular file cannot be created, whoever runs the test (root included)
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    System.setProperty("nwtn.report.output-dir", file.resolve("nwtn").toString());

    assertEquals(3, run(folder.toString()));
    String e = err();
    assertEquals(1, e.strip().lines().count(), e);
    assertTrue(e.contains("cannot write the reports under " + file.resolve("nwtn")), e);
    assertFalse(e.contains("\tat "), e);
  }

  private JsonNode results() throws Exception {
    return report(ReportFiles.RESULTS);
  }

  private static Path withSidecar(Path folder) throws Exception {
    return RunFolders.withSidecar(
        folder, 10, List.of(Samples.ok(QueryClass.SIMPLE, RunFolders.START, 40, 0.01)));
  }

  /** 16 bytes of garbage: longer than any string of the planned log, so it cannot hide in one. */
  private static byte[] flip(byte[] b, int at) {
    byte[] copy = b.clone();
    Arrays.fill(copy, at, at + 16, (byte) 0x7f);
    return copy;
  }

  private static byte[] replace(byte[] b, String from, String to) {
    String latin1 = new String(b, StandardCharsets.ISO_8859_1);
    return latin1.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
  }
}

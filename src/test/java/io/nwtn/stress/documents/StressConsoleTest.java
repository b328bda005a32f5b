package io.nwtn.stress.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.testing.SyntheticRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The console summary says what the verdict was reached against right under it, and ends with
 * PRSM's recommendation lines.
 */
class StressConsoleTest {

  private static List<String> lines(SyntheticRun run) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StressConsole.print(
        run.report(), List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aPassAgainstTheEmbeddedReferenceOrchestratorSaysSoUnderTheVerdict() {
    List<String> lines =
        lines(SyntheticRun.healthy("embedded", 1).against(TargetKind.EMBEDDED_REFERENCE));

    assertTrue(lines.get(1).contains("PASSED"), lines.get(1));
    assertEquals(
        "target: http://127.0.0.1:8000 (embedded reference orchestrator — not a PRSM deployment)",
        lines.get(2));
  }

  @Test
  void aPassAgainstAnExternalOrchestratorNamesIt() {
    List<String> lines = lines(SyntheticRun.healthy("external", 1));

    assertEquals("target: http://127.0.0.1:8000 (external orchestrator)", lines.get(2));
    assertFalse(String.join("\n", lines).contains("reference"));
  }

  @Test
  void theRecommendationsArePrsmsLinesHeadlineFirst() {
    List<String> lines = lines(SyntheticRun.healthy("failing", 1).failing(0.1));
    int at = lines.indexOf("Key recommendations:");

    assertTrue(
        lines.get(at + 1).startsWith("  ❌ Phase 1 requirements not met: ")
            && lines.get(at + 1).contains("; success rate 89.8% (required >= 95%)"),
        lines.get(at + 1));
    assertTrue(lines.get(at + 2).startsWith("  🔴 Success rate ("), lines.get(at + 2));
    assertEquals("     - Investigate error patterns", lines.get(at + 3));
  }
}

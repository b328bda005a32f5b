package io.nwtn.stress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.testing.SlowTest;
import io.nwtn.stress.testing.SyntheticRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DashboardTest {

  @TempDir Path dir;

  Path publish(SyntheticRun run) throws IOException {
    Path reportDir = run.write(dir.resolve("nwtn"));
    RunPublisher.publish(reportDir, run.name(), dir.resolve("gatling"));
    return reportDir.resolve(ReportFiles.DASHBOARD);
  }

  @Test
  void theReportWriterPublishesThePageAndTheJunitXmlBesideTheJson() throws IOException {
    Path runDir = SyntheticRun.healthy("beside", 1).write(dir.resolve("nwtn"));
    for (Path folder : new Path[] {runDir, dir.resolve("nwtn/latest")}) {
      assertTrue(Files.isRegularFile(folder.resolve(ReportFiles.DASHBOARD)), folder.toString());
      assertTrue(Files.isRegularFile(folder.resolve(ReportFiles.JUNIT)), folder.toString());
    }
  }

  @Test
  void thePageIsSelfContainedAndLinksGatlingsReport() throws IOException {
    String html = Files.readString(publish(SyntheticRun.healthy("offline", 1)));
    assertFalse(
        Pattern.compile("<script[^>]+src=|<link[^>]+href=").matcher(html).find(),
        "external resource");
    assertTrue(html.contains("Chart.js v"), "Chart.js is inlined");
    assertTrue(
        html.contains("href=\"../../gatling/offline/index.html\""), "link to Gatling's report");
    assertTrue(html.contains("id=\"nwtn-data\">{"), "one JSON blob");
  }

  @Test
  void theLatestFolderLinksTheRunItsResultsName() throws IOException {
    SyntheticRun.healthy("named-run", 1).write(dir.resolve("nwtn"));
    Path latest = dir.resolve("nwtn/latest");
    RunPublisher.publish(latest, null, dir.resolve("gatling"));
    String html = Files.readString(latest.resolve(ReportFiles.DASHBOARD));
    assertTrue(html.contains("href=\"../../gatling/named-run/index.html\""), "link to the run");
  }

  @Test
  void aPassAgainstTheEmbeddedReferenceOrchestratorSaysSoOnTheBanner() throws IOException {
    String html =
        Files.readString(
            publish(SyntheticRun.healthy("simulated", 1).against(TargetKind.EMBEDDED_REFERENCE)));
    Matcher banner =
        Pattern.compile("<header class=\"banner passed\">(.*?)</header>", Pattern.DOTALL)
            .matcher(html);
    assertTrue(banner.find(), "a PASSED banner");
    assertTrue(
        banner.group(1).contains("<p id=\"target\" class=\"target reference\">"), banner.group(1));
    assertTrue(
        banner
            .group(1)
            .contains(
                "target http://127.0.0.1:8000 (embedded reference orchestrator — not a PRSM"
                    + " deployment)"),
        banner.group(1));
    assertTrue(html.contains("<title>NWTN stress run simulated: PASSED (reference orchestrator)"));
  }

  @Test
  void aPassAgainstAnExternalOrchestratorNamesItWithoutTheReferenceMark() throws IOException {
    String html = Files.readString(publish(SyntheticRun.healthy("prsm", 1)));
    assertTrue(
        html.contains(
            "<p id=\"target\" class=\"target\">target http://127.0.0.1:8000 (external"
                + " orchestrator)</p>"),
        html.substring(0, Math.min(html.length(), 3000)));
  }

  @Test
  void theTargetsResourcesAreShownBesideTheLoadGenerators() throws IOException {
    String html = Files.readString(publish(SyntheticRun.healthy("resources", 1)));
    Matcher figures =
        Pattern.compile("<dl class=\"figures\" id=\"target-resources\">(.*?)</dl>", Pattern.DOTALL)
            .matcher(html);
    assertTrue(figures.find(), "the target's figures");
    String shown = figures.group(1);
    assertTrue(
        shown.contains("<dt>target metrics</dt><dd>http://127.0.0.1:8000/metrics</dd>"), shown);
    assertTrue(shown.contains("<dt>target runtime</dt><dd>jvm 17.0.12+7</dd>"), shown);
    assertTrue(
        shown.contains("<dt>target CPU, % of one core (avg / max)</dt><dd>30 / 30</dd>"), shown);
    assertTrue(shown.contains("<dt>target memory, max % of its limit</dt>"), shown);
    assertTrue(shown.contains("<dt>load generator CPU, % (avg / max)</dt>"), shown);
    assertTrue(html.contains("<canvas id=\"chart-resources\">"), "the resources chart");
  }

  @ParameterizedTest
  @CsvSource({"0.002, PASSED", "0.10, FAILED"})
  @SlowTest
  void rendersInHeadlessChromiumWithTheVerdictAndEveryChart(double failureRate, String verdict)
      throws Exception {
    Optional<HeadlessChromium> chromium = HeadlessChromium.find();
    assumeTrue(chromium.isPresent(), "chromium is not installed: run make install-browser");
    SyntheticRun run = SyntheticRun.healthy("browser-" + verdict, 1).failing(failureRate);
    HeadlessChromium.Result r = chromium.get().dumpDom(publish(run));
    String dom = r.stdout();
    assertEquals(0, r.exitCode(), r.stderr());
    Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
    assertTrue(body.find(), dom);
    assertTrue(
        body.group(1).contains("data-rendered=\"ok\""), "scripts finished: " + body.group(1));
    assertTrue(body.group(1).contains("data-charts=\"7\""), body.group(1));
    assertFalse(body.group(1).contains("data-errors"), "page errors: " + dom);
    assertFalse(r.stderr().contains("Uncaught"), r.stderr());
    assertTrue(Pattern.compile("<h1 id=\"verdict\">[^<]*" + verdict + "</h1>").matcher(dom).find());
    // Chart.js sizes each canvas it drew into.
    Matcher drawn =
        Pattern.compile("<canvas id=\"chart-[a-z]+\"[^>]*style=\"[^\"]*height").matcher(dom);
    int canvases = 0;
    while (drawn.find()) {
      canvases++;
    }
    assertEquals(7, canvases, dom);
  }
}

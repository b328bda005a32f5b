package io.nwtn.stress.publish;

import io.nwtn.stress.files.ReportFiles;
import io.nwtn.stress.testing.SyntheticRun;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates {@code docs/dashboard-synthetic.png} from a synthetic run: {@code mvn -q test-compile
 * exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.nwtn.stress.publish.DashboardScreenshot}.
 */
public final class DashboardScreenshot {

  private DashboardScreenshot() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("nwtn-dashboard");
    SyntheticRun run =
        SyntheticRun.healthy("nwtnstresssimulation-20261127074500123", 7).failing(0.06);
    Path reports = run.write(dir.resolve("nwtn"));
    RunPublisher.publish(reports, run.name(), dir.resolve("gatling"));
    HeadlessChromium chromium =
        HeadlessChromium.find()
            .orElseThrow(() -> new IllegalStateException("install chromium first"));
    Path png = Path.of(args.length > 0 ? args[0] : "docs/dashboard-synthetic.png");
    HeadlessChromium.Result r =
        chromium.screenshot(reports.resolve(ReportFiles.DASHBOARD), png, 1280, 2500);
    System.out.println(r.exitCode() == 0 ? "screenshot: " + png : r.stderr());
  }
}

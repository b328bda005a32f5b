package io.nwtn.stress.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * Renders a run's {@code index.html}: a self-contained page (Chart.js, the chart code and the data
 * inlined) that opens offline from the report folder.
 */
public final class DashboardPage {

  private static final String BASE = "io/nwtn/stress/publish/";
  private static final String CHART_JS_POM =
      "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory(BASE).compile("dashboard.mustache");

  private DashboardPage() {}

  /**
   * Renders the page of a report folder.
   *
   * @param gatlingLink the relative path from the page to Gatling's own report of the run
   */
  public static String render(ReportFolder folder, String gatlingLink) {
    String data = ChartData.build(folder).toString();
    Map<String, Object> scope =
        Map.of(
            "view", DashboardView.of(folder, gatlingLink),
            "css", resource(BASE + "dashboard.css"),
            "chartJs", script(chartJs()),
            "appJs", appScript("dashboard.js"),
            // Only "</" could end the script element early; JSON allows "<\/".
            "dataJson", data.replace("</", "<\\/"));
    StringWriter out = new StringWriter();
    TEMPLATE.execute(out, scope);
    return out.toString();
  }

  /** Chart.js from its WebJar on the classpath, whichever version the build resolved. */
  static String chartJs() {
    Properties pom = new Properties();
    try (InputStream in = stream(CHART_JS_POM)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String path =
        "META-INF/resources/webjars/chart.js/"
            + pom.getProperty("version")
            + "/dist/chart.umd.min.js";
    // The source map is not shipped beside the page; drop its reference.
    return resource(path).replaceAll("//# sourceMappingURL=\\S+", "");
  }

  /** A page's own script, after the one that shows its errors on the page. */
  static String appScript(String name) {
    return script(resource(BASE + "page-errors.js") + "\n" + resource(BASE + name));
  }

  static String script(String js) {
    return js.replace("</script", "<\\/script");
  }

  static String resource(String path) {
    try (InputStream in = stream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String path) throws IOException {
    InputStream in = DashboardPage.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing from the classpath: " + path + "; rebuild the suite");
    }
    return in;
  }
}

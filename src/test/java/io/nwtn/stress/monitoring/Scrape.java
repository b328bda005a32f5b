package io.nwtn.stress.monitoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a {@code /metrics} endpoint in the Prometheus text format, read as a map from the
 * series (name and labels, as written) to its value, for tests.
 */
public record Scrape(String text, Map<String, Double> series) {

  private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][\\w:]*(\\{[^}]*})?) (\\S+)$");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Scrapes {@code url}. */
  public static Scrape of(URI url) throws IOException, InterruptedException {
    HttpResponse<String> r =
        CLIENT.send(
            HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(url + " answered " + r.statusCode());
    }
    return parse(r.body());
  }

  public static Scrape parse(String text) {
    Map<String, Double> series = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher m = LINE.matcher(line);
      if (!line.startsWith("#") && m.matches()) {
        series.put(m.group(1), Double.parseDouble(m.group(3)));
      }
    }
    return new Scrape(text, series);
  }

  /** The sum of every series of metric {@code name} whose labels contain each of {@code labels}. */
  public double sum(String name, String... labels) {
    double total = 0;
    for (Map.Entry<String, Double> e : series.entrySet()) {
      String key = e.getKey();
      if (!(key.equals(name) || key.startsWith(name + "{"))) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= key.contains(label);
      }
      if (all) {
        total += e.getValue();
      }
    }
    return total;
  }

  /** Per value of label {@code label}, the sum of metric {@code name}'s series. */
  public Map<String, Double> byLabel(String name, String label) {
    Map<String, Double> out = new LinkedHashMap<>();
    Pattern value = Pattern.compile("[{,]" + label + "=\"([^\"]*)\"");
    series.forEach(
        (key, v) -> {
          Matcher m = value.matcher(key);
          if (key.startsWith(name + "{") && m.find()) {
            out.merge(m.group(1), v, Double::sum);
          }
        });
    return out;
  }
}

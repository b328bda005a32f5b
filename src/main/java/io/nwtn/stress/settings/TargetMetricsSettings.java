package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the target's own Prometheus metrics are read ({@code nwtn.target.metrics-url}) and the
 * memory it may use ({@code nwtn.target.memory-limit}).
 *
 * @param url the metrics' URL: {@code <target url>/metrics} unless set; empty when set to {@code
 *     none}
 * @param memoryLimitBytes the target's memory limit in bytes, 0 when unknown
 * @param sendToken whether the run's bearer token goes with the request: only to the target's own
 *     scheme, host and port, never to another server
 */
public record TargetMetricsSettings(Optional<URI> url, long memoryLimitBytes, boolean sendToken) {

  /** The value of {@code metrics-url} that turns the reading off. */
  public static final String NONE = "none";

  private static final String ALLOWED =
      "\"\" (the target's /metrics), none, or an http(s) URL such as http://10.0.0.5:9100/metrics";

  /** Reads and validates the two keys; {@code target} gives the default URL. */
  public static TargetMetricsSettings fromConfig(Config root, TargetSettings target) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.target");
    String text = s.string("metrics-url", ALLOWED).trim();
    long limit = s.bytesIn("memory-limit", 0, Long.MAX_VALUE);
    if (text.equalsIgnoreCase(NONE)) {
      return new TargetMetricsSettings(Optional.empty(), limit, false);
    }
    URI url = text.isEmpty() ? target.resolve("/metrics") : parse(s, text);
    return new TargetMetricsSettings(Optional.of(url), limit, sameOrigin(url, target.url()));
  }

  private static URI parse(SettingsReader s, String text) {
    try {
      URI url = new URI(text);
      String scheme = url.getScheme();
      if (url.getHost() != null && ("http".equals(scheme) || "https".equals(scheme))) {
        return url;
      }
    } catch (URISyntaxException e) {
      // named below with what is allowed
    }
    throw s.bad("metrics-url", "'" + text + "' is not an http(s) URL with a host", ALLOWED);
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equals(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    return u.getPort() >= 0 ? u.getPort() : u.getScheme().equals("https") ? 443 : 80;
  }

  /** The URL as the reports show it, never with credentials: {@code none} when nothing is read. */
  public String source() {
    return url.map(TargetMetricsSettings::withoutUserInfo).orElse(NONE);
  }

  private static String withoutUserInfo(URI u) {
    if (u.getRawUserInfo() == null) {
      return u.toString();
    }
    return u.getScheme() + "://" + u.getRawAuthority().replaceFirst("^.*@", "") + u.getRawPath();
  }
}

package io.nwtn.stress.settings;

import com.typesafe.config.Config;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Where the suite sends its load ({@code nwtn.target}).
 *
 * @param url the orchestrator's base URL without a trailing slash, e.g. {@code
 *     http://127.0.0.1:8000}
 * @param token the bearer token from {@code NWTN_API_TOKEN}; never printed ({@link #toString()}
 *     hides it)
 * @param requestTimeout how long one session request may take
 * @param healthTimeout how long the preflight {@code GET /health} may take
 * @param embedded when to start the reference orchestrator in-process
 */
public record TargetSettings(
    URI url,
    Optional<String> token,
    Duration requestTimeout,
    Duration healthTimeout,
    EmbeddedMode embedded) {

  /** The environment variable that holds the bearer token. */
  public static final String TOKEN_ENV = "NWTN_API_TOKEN";

  static final String URL_ALLOWED = "an http or https URL with a host, e.g. http://127.0.0.1:8000";

  /** Reads and validates {@code nwtn.target}; the token comes from {@code env} only. */
  public static TargetSettings fromConfig(Config root, Map<String, String> env) {
    SettingsReader s = SettingsReader.of(root).child("nwtn.target");
    URI url = parseUrl(s.string("url", URL_ALLOWED));
    String token = env.get(TOKEN_ENV);
    EmbeddedMode embedded = s.choice("embedded", EmbeddedMode.class);
    TargetSettings settings =
        new TargetSettings(
            url,
            token == null || token.isBlank() ? Optional.empty() : Optional.of(token.trim()),
            s.duration("request-timeout", Duration.ofMillis(1)),
            s.duration("health-timeout", Duration.ofMillis(1)),
            embedded);
    if (embedded == EmbeddedMode.ALWAYS && !settings.loopback()) {
      throw new SettingsException(
          "nwtn.target.embedded",
          "always needs a loopback url, got " + url,
          "auto|never for a remote url, or a url on 127.0.0.1/localhost");
    }
    return settings;
  }

  static URI parseUrl(String text) {
    String key = "nwtn.target.url";
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new SettingsException(key, "'" + text + "' is not a URL", URL_ALLOWED);
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new SettingsException(key, "'" + text + "' is not an http(s) URL", URL_ALLOWED);
    }
    if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new SettingsException(key, "'" + text + "' has no host or has a query", URL_ALLOWED);
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  /** The port of the URL, with the scheme's default when none is written. */
  public int port() {
    if (url.getPort() >= 0) {
      return url.getPort();
    }
    return url.getScheme().equals("https") ? 443 : 80;
  }

  /** The host of the URL, without the brackets of an IPv6 literal. */
  public String host() {
    return url.getHost().replaceAll("^\\[|]$", "");
  }

  /** Whether the URL names this machine (localhost or a loopback address). */
  public boolean loopback() {
    String host = host();
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!host.matches("[0-9.]+|[0-9a-fA-F:]+")) {
      return false; // a name: don't resolve it just to decide, it is not ours to start on
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The URL of an endpoint, e.g. {@code /health}. */
  public URI resolve(String path) {
    return URI.create(url + path);
  }

  @Override
  public String toString() {
    return "TargetSettings[url="
        + url
        + ", token="
        + (token.isPresent() ? "(set)" : "(none)")
        + ", requestTimeout="
        + requestTimeout
        + ", healthTimeout="
        + healthTimeout
        + ", embedded="
        + embedded
        + "]";
  }
}

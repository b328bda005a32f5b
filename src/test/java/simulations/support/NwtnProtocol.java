package simulations.support;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.nwtn.stress.settings.TargetSettings;

/** The one place where the HTTP protocol of an NWTN target is built. */
public final class NwtnProtocol {

  private NwtnProtocol() {}

  /** JSON both ways, the bearer token when one is set, and no call to anything but the target. */
  public static HttpProtocolBuilder of(TargetSettings target) {
    HttpProtocolBuilder protocol =
        http.baseUrl(target.url().toString())
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("nwtn-stress-suite")
            // Gatling's default warm-up calls an outside URL; a load test touches the target only.
            .disableWarmUp();
    return target.token().map(t -> protocol.authorizationHeader("Bearer " + t)).orElse(protocol);
  }
}

package io.nwtn.stress.reference;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMethod;
import io.nwtn.stress.contract.ErrorCode;
import java.nio.charset.StandardCharsets;

/**
 * {@code /admin/faults}: GET shows the faults in force, POST or PUT applies a JSON patch in the
 * keys of {@code nwtn.reference.faults}, DELETE goes back to the configured faults.
 */
final class AdminEndpoint {

  private final Faults faults;

  AdminEndpoint(Faults faults) {
    this.faults = faults;
  }

  void handle(ChannelHandlerContext ctx, boolean keepAlive, HttpMethod method, byte[] body) {
    if (method.equals(HttpMethod.POST) || method.equals(HttpMethod.PUT)) {
      try {
        faults.patch(new String(body, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        HttpReplies.error(ctx, keepAlive, ErrorCode.BAD_REQUEST, e.getMessage());
        return;
      }
    } else if (method.equals(HttpMethod.DELETE)) {
      faults.reset();
    }
    HttpReplies.json(ctx, keepAlive, 200, faults.describe());
  }
}

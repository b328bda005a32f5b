package io.nwtn.stress.reference;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.nwtn.stress.contract.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each request to its endpoint, answering unknown paths, wrong methods and bad tokens. */
@ChannelHandler.Sharable
final class RequestRouter extends SimpleChannelInboundHandler<FullHttpRequest> {

  private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);
  private static final Set<HttpMethod> ADMIN_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

  private final ServerState state;
  private final HealthEndpoint health;
  private final MetricsEndpoint metrics;
  private final SessionsEndpoint sessions;
  private final AdminEndpoint admin;
  private final Optional<byte[]> expectedAuthorization;

  RequestRouter(ServerState state) {
    this.state = state;
    this.health = new HealthEndpoint(state);
    this.metrics = new MetricsEndpoint(state);
    this.sessions = new SessionsEndpoint(state);
    this.admin = new AdminEndpoint(state.faults);
    this.expectedAuthorization =
        state.settings.authToken().map(t -> ("Bearer " + t).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (request.decoderResult().isFailure()) {
      HttpReplies.error(ctx, false, ErrorCode.BAD_REQUEST, "malformed HTTP request");
      return;
    }
    String path = new QueryStringDecoder(request.uri()).path();
    HttpMethod method = request.method();
    switch (path) {
      case "/health" -> {
        if (method.equals(HttpMethod.GET)) {
          health.handle(ctx, keepAlive);
        } else {
          wrongMethod(ctx, keepAlive, "GET");
        }
      }
      case "/metrics" -> {
        if (method.equals(HttpMethod.GET)) {
          metrics.handle(ctx, keepAlive);
        } else {
          wrongMethod(ctx, keepAlive, "GET");
        }
      }
      case "/api/v1/sessions" -> sessions(ctx, keepAlive, request);
      case "/admin/faults" -> admin(ctx, keepAlive, request, path);
      default -> notFound(ctx, keepAlive, path);
    }
  }

  private void sessions(ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest request) {
    state.sessionRequests.increment();
    if (!request.method().equals(HttpMethod.POST)) {
      wrongMethod(ctx, keepAlive, "POST");
    } else if (authorized(ctx, keepAlive, request)) {
      sessions.handle(ctx, keepAlive, ByteBufUtil.getBytes(request.content()));
    }
  }

  private void admin(
      ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest request, String path) {
    if (!state.settings.adminEnabled()) {
      notFound(ctx, keepAlive, path);
    } else if (!ADMIN_METHODS.contains(request.method())) {
      wrongMethod(ctx, keepAlive, "GET, POST, PUT, DELETE");
    } else if (authorized(ctx, keepAlive, request)) {
      admin.handle(ctx, keepAlive, request.method(), ByteBufUtil.getBytes(request.content()));
    }
  }

  private boolean authorized(ChannelHandlerContext ctx, boolean keepAlive, FullHttpRequest req) {
    if (expectedAuthorization.isEmpty()) {
      return true;
    }
    String given = req.headers().get(HttpHeaderNames.AUTHORIZATION, "");
    // constant-time, so the answer time does not tell how much of a guess was right
    if (MessageDigest.isEqual(
        expectedAuthorization.get(), given.getBytes(StandardCharsets.UTF_8))) {
      return true;
    }
    HttpReplies.error(
        ctx,
        keepAlive,
        ErrorCode.UNAUTHORIZED,
        given.isEmpty() ? "a bearer token is required" : "the bearer token is wrong",
        Map.of("WWW-Authenticate", "Bearer"));
    return false;
  }

  private static void wrongMethod(ChannelHandlerContext ctx, boolean keepAlive, String allow) {
    HttpReplies.error(
        ctx,
        keepAlive,
        ErrorCode.METHOD_NOT_ALLOWED,
        "method not allowed; use " + allow,
        Map.of("Allow", allow));
  }

  private static void notFound(ChannelHandlerContext ctx, boolean keepAlive, String path) {
    HttpReplies.error(ctx, keepAlive, ErrorCode.NOT_FOUND, "no such path: " + path);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("closing a connection after an error", cause);
    if (ctx.channel().isActive()) {
      HttpReplies.error(ctx, false, ErrorCode.INTERNAL_ERROR, "the server failed on this request");
    }
  }
}

package io.nwtn.stress.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.nwtn.stress.contract.ErrorBody;
import io.nwtn.stress.contract.ErrorCode;
import io.nwtn.stress.contract.ResponseContract;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes answers: JSON bodies, the contract's error bodies, keep-alive or close. */
final class HttpReplies {

  /** Reports the simulated pipeline time, so a client can tell it from the server's own time. */
  static final String SIMULATED_MS = "X-Simulated-Ms";

  private HttpReplies() {}

  static void json(ChannelHandlerContext ctx, boolean keepAlive, int status, Object body) {
    json(ctx, keepAlive, status, body, Map.of());
  }

  static void json(
      ChannelHandlerContext ctx,
      boolean keepAlive,
      int status,
      Object body,
      Map<String, String> headers) {
    send(ctx, keepAlive, status, "application/json", toJson(body), headers);
  }

  static void error(ChannelHandlerContext ctx, boolean keepAlive, ErrorCode code, String detail) {
    error(ctx, keepAlive, code, detail, Map.of());
  }

  static void error(
      ChannelHandlerContext ctx,
      boolean keepAlive,
      ErrorCode code,
      String detail,
      Map<String, String> headers) {
    json(ctx, keepAlive, code.status(), new ErrorBody(code.code(), detail), headers);
  }

  static void send(
      ChannelHandlerContext ctx,
      boolean keepAlive,
      int status,
      String contentType,
      byte[] body,
      Map<String, String> headers) {
    FullHttpResponse response =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    headers.forEach(response.headers()::set);
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response, ctx.voidPromise());
    } else {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  static byte[] toJson(Object body) {
    try {
      return ResponseContract.mapper().writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

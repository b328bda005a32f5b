package io.nwtn.stress.reference;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.nwtn.stress.contract.ErrorCode;

/**
 * Aggregates request bodies up to the contract's 64 KiB and answers a larger one with the
 * contract's JSON {@code 413} rather than Netty's empty one. On a keep-alive connection the rest of
 * the body is read and dropped, so the client sees the answer rather than a reset.
 */
final class JsonBodyAggregator extends HttpObjectAggregator {

  static final int MAX_BODY = 64 * 1024;

  JsonBodyAggregator() {
    super(MAX_BODY);
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    boolean keepAlive =
        HttpUtil.isKeepAlive(oversized) && !HttpUtil.is100ContinueExpected(oversized);
    HttpReplies.error(
        ctx,
        keepAlive,
        ErrorCode.PAYLOAD_TOO_LARGE,
        "request body is over " + MAX_BODY + " bytes; send at most 64 KiB");
  }
}

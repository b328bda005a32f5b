package io.nwtn.stress.reference;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A small Netty HTTP/1.1 client that keeps thousands of connections open cheaply, one request at a
 * time on each, and times every answer on the event loop that receives it.
 */
final class LoadClient implements AutoCloseable {

  /** One answer: status, body, the server's {@code X-Simulated-Ms}, and the time it took. */
  record Answer(int status, byte[] body, double simulatedMs, long latencyNanos) {}

  private final EventLoopGroup group;
  private final Bootstrap bootstrap;

  LoadClient(int threads) {
    group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
    bootstrap =
        new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(64 * 1024 * 1024))
                        .addLast(new Connection());
                  }
                });
  }

  /** Opens one keep-alive connection to the server at {@code base}. */
  CompletableFuture<Connection> connect(URI base) {
    CompletableFuture<Connection> connected = new CompletableFuture<>();
    bootstrap
        .connect(base.getHost(), base.getPort())
        .addListener(
            f -> {
              if (f.isSuccess()) {
                Channel ch = ((io.netty.channel.ChannelFuture) f).channel();
                connected.complete(ch.pipeline().get(Connection.class));
              } else {
                connected.completeExceptionally(f.cause());
              }
            });
    return connected;
  }

  @Override
  public void close() {
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** One connection; {@link #post} must not be called again before its answer came. */
  static final class Connection extends SimpleChannelInboundHandler<FullHttpResponse> {
    private Channel channel;
    private CompletableFuture<Answer> pending;
    private long sentAt;

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      channel = ctx.channel();
    }

    CompletableFuture<Answer> post(String path, String json) {
      CompletableFuture<Answer> answer = new CompletableFuture<>();
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      FullHttpRequest request =
          new DefaultFullHttpRequest(
              HttpVersion.HTTP_1_1, HttpMethod.POST, path, Unpooled.wrappedBuffer(body));
      request.headers().set(HttpHeaderNames.HOST, "127.0.0.1");
      request.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
      request.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
      channel
          .eventLoop()
          .execute(
              () -> {
                pending = answer;
                sentAt = System.nanoTime();
                channel.writeAndFlush(request);
              });
      return answer;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
      long latency = System.nanoTime() - sentAt;
      String simulated = response.headers().get("X-Simulated-Ms", "NaN");
      CompletableFuture<Answer> answer = pending;
      pending = null;
      answer.complete(
          new Answer(
              response.status().code(),
              ByteBufUtil.getBytes(response.content()),
              Double.parseDouble(simulated),
              latency));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (pending != null) {
        pending.completeExceptionally(new IOException("connection closed before the answer"));
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      if (pending != null) {
        pending.completeExceptionally(cause);
      }
      ctx.close();
    }

    void close() {
      channel.close();
    }
  }
}

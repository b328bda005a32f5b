package io.nwtn.stress.reference;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reference NWTN orchestrator: an HTTP server that serves the suite's API with a simulated
 * 5-agent pipeline, a bounded queue, a circuit breaker and injectable faults. Simulated delays hold
 * no thread, so thousands of requests can be in flight on a small machine.
 */
public final class ReferenceOrchestrator implements AutoCloseable {

  /**
   * What its {@code /health} names as {@code implementation}, so that a run can tell the reference
   * orchestrator from a PRSM deployment even when it did not start it.
   */
  public static final String IMPLEMENTATION = "nwtn-reference-orchestrator";

  private final ServerState state;
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final Channel serverChannel;
  private final URI baseUri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ReferenceOrchestrator(ReferenceSettings settings, String host, int port) {
    this.state = new ServerState(settings);
    this.boss =
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("nwtn-reference-accept", true), NioIoHandler.newFactory());
    this.workers =
        new MultiThreadIoEventLoopGroup(
            settings.ioThreads(),
            new DefaultThreadFactory("nwtn-reference-io", true),
            NioIoHandler.newFactory());
    RequestRouter router = new RequestRouter(state);
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 8192)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    channels.add(ch);
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new JsonBodyAggregator())
                        .addLast(router);
                  }
                });
    try {
      this.serverChannel = bootstrap.bind(host, port).syncUninterruptibly().channel();
    } catch (RuntimeException e) {
      shutdownGroups();
      throw new IllegalStateException(
          "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    int bound = ((InetSocketAddress) serverChannel.localAddress()).getPort();
    String uriHost = host.contains(":") ? "[" + host + "]" : host;
    this.baseUri = URI.create("http://" + uriHost + ":" + bound);
  }

  /**
   * Binds and starts serving.
   *
   * @param port 0 for any free port
   * @throws IllegalStateException when the address cannot be bound
   */
  public static ReferenceOrchestrator start(ReferenceSettings settings, String host, int port) {
    return new ReferenceOrchestrator(settings, host, port);
  }

  public int port() {
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** E.g. {@code http://127.0.0.1:43121}, without a trailing slash. */
  public URI baseUri() {
    return baseUri;
  }

  /** The live faults, also changeable over {@code /admin/faults}. */
  public Faults faults() {
    return state.faults;
  }

  /** The session requests this server has received since it started. */
  public long sessionRequests() {
    return state.sessionRequests.sum();
  }

  /** The settings the server started with. */
  public ReferenceSettings settings() {
    return state.settings;
  }

  /** Stops accepting, closes every connection and stops the threads; safe to call twice. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    serverChannel.close().syncUninterruptibly();
    channels.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    shutdownGroups();
  }

  private void shutdownGroups() {
    boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}

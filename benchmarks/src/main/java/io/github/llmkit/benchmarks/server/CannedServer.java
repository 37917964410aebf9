package io.github.llmkit.benchmarks.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequestDecoder;

/**
 * The benchmark server's entry point, run in its own JVM by {@link ServerProcess}: a Netty HTTP/1.1 server on
 * a free loopback port that answers every route with a pre-encoded canned response. It prints
 * {@code port=<n>} once it listens and exits when its standard input closes, so it never outlives the
 * benchmark that started it.
 *
 * @since 0.1.0
 */
public final class CannedServer {

	private CannedServer() {
	}

	/**
	 * Run the server until standard input closes.
	 * @param args optionally the number of content deltas per stream (200 by default) and the number of event
	 * loop threads (the number of processors by default)
	 * @throws InterruptedException if interrupted while binding or shutting down
	 * @throws IOException if standard input fails
	 */
	public static void main(String[] args) throws InterruptedException, IOException {
		int chunks = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
		CannedHandler handler = new CannedHandler(new CannedResponses(chunks));
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
		try {
			Channel channel = new ServerBootstrap().group(group)
				.channel(NioServerSocketChannel.class)
				.option(ChannelOption.SO_BACKLOG, 16384)
				.childOption(ChannelOption.TCP_NODELAY, true)
				.childHandler(new ChannelInitializer<SocketChannel>() {

					@Override
					protected void initChannel(SocketChannel channel) {
						channel.pipeline()
							.addLast(new HttpRequestDecoder(), new HttpObjectAggregator(1 << 20), handler);
					}

				})
				.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
				.sync()
				.channel();
			System.out.println("port=" + ((InetSocketAddress) channel.localAddress()).getPort());
			System.out.flush();
			while (System.in.read() != -1) {
				// Ignore input: only its end matters.
			}
			channel.close().sync();
		}
		finally {
			group.shutdownGracefully().sync();
		}
	}

}

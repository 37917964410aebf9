package io.github.llmkit.benchmarks.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;

/**
 * The slow-stream route of the benchmark server, {@code /slow/<chunks>/<intervalMs>/v1/chat/completions}: an
 * OpenAI stream whose first content delta goes out with the headers and every further one {@code intervalMs}
 * later on the connection's event loop, then the finish and usage chunks and {@code [DONE]}. A stream costs
 * the server one scheduled task at a time and no thread, so that it can hold ten thousand of them.
 *
 * @since 0.1.0
 */
final class SlowStreams {

	/** The path prefix of the route. */
	static final String PREFIX = "/slow/";

	private static final Map<Integer, Encoded> ENCODED = new ConcurrentHashMap<>();

	private SlowStreams() {
	}

	/**
	 * Start one stream on the connection; the route's parameters come from the path.
	 * @param context the connection
	 * @param uri the request path, starting with {@link #PREFIX}
	 * @param notFound the response for a path that names no chunk count and interval
	 */
	static void start(ChannelHandlerContext context, String uri, ByteBuf notFound) {
		String[] parts = uri.substring(PREFIX.length()).split("/");
		int chunks;
		long interval;
		try {
			chunks = Integer.parseInt(parts[0]);
			interval = Long.parseLong(parts[1]);
		}
		catch (RuntimeException ex) {
			context.writeAndFlush(notFound.duplicate(), context.voidPromise());
			return;
		}
		Encoded encoded = ENCODED.computeIfAbsent(chunks, Encoded::new);
		new Stream(context, encoded, interval).next();
	}

	/**
	 * One stream in progress: writes its next piece and schedules the one after.
	 */
	private static final class Stream implements Runnable {

		private final ChannelHandlerContext context;

		private final Encoded encoded;

		private final long interval;

		private int sent;

		Stream(ChannelHandlerContext context, Encoded encoded, long interval) {
			this.context = context;
			this.encoded = encoded;
			this.interval = interval;
		}

		void next() {
			if (!this.context.channel().isActive()) {
				return;
			}
			if (this.sent == 0) {
				this.context.write(this.encoded.head.duplicate(), this.context.voidPromise());
			}
			this.context.writeAndFlush(this.encoded.deltas[this.sent].duplicate(), this.context.voidPromise());
			this.sent++;
			if (this.sent == this.encoded.deltas.length) {
				this.context.writeAndFlush(this.encoded.tail.duplicate(), this.context.voidPromise());
				return;
			}
			this.context.executor().schedule(this, this.interval, TimeUnit.MILLISECONDS);
		}

		@Override
		public void run() {
			next();
		}

	}

	/**
	 * The pre-encoded pieces of a stream of a given length, in chunked framing.
	 */
	private static final class Encoded {

		final ByteBuf head;

		final ByteBuf[] deltas;

		final ByteBuf tail;

		Encoded(int chunks) {
			this.head = frozen("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\n"
					+ "cache-control: no-cache\r\ntransfer-encoding: chunked\r\n\r\n");
			this.deltas = new ByteBuf[chunks];
			for (int i = 0; i < chunks; i++) {
				this.deltas[i] = frozen(chunk(CannedBodies.openAiStreamEvent(i)));
			}
			StringBuilder tail = new StringBuilder();
			CannedBodies.openAiStreamEnd().forEach((event) -> tail.append(chunk(event)));
			this.tail = frozen(tail.append("0\r\n\r\n").toString());
		}

		private static String chunk(String event) {
			return Integer.toHexString(event.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + event + "\r\n";
		}

		private static ByteBuf frozen(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			return Unpooled.unreleasableBuffer(Unpooled.directBuffer(bytes.length).writeBytes(bytes).asReadOnly());
		}

	}

}

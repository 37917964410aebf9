package io.github.llmkit.test;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server of paced OpenAI chat-completion streams over raw sockets, for tests of many open streams,
 * cancellation and backpressure: every {@code POST} answers with {@code chunks} content deltas
 * ({@code "w0 "}, {@code "w1 "}, ...), one per {@code interval}, then a finish chunk and {@code [DONE]}, on a
 * kept-alive connection. It counts streams that ended normally and streams whose client went away mid-stream
 * (a write failed), so that a test can see a connection being closed from the server's side. A thread per
 * connection; any base URL path is accepted, e.g. {@code http://127.0.0.1:PORT/v1}.
 *
 * @since 0.1.0
 */
public final class SlowStreamServer implements AutoCloseable {

	private final ServerSocket socket;

	private final int chunks;

	private final Duration interval;

	private final Set<Socket> connections = ConcurrentHashMap.newKeySet();

	private final AtomicInteger openStreams = new AtomicInteger();

	private final AtomicInteger completedStreams = new AtomicInteger();

	private final AtomicInteger abortedStreams = new AtomicInteger();

	private final AtomicInteger sentChunks = new AtomicInteger();

	private volatile int holdAfter;

	private volatile CountDownLatch gate = new CountDownLatch(0);

	private SlowStreamServer(int chunks, Duration interval, int backlog) throws IOException {
		this.socket = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
		this.chunks = chunks;
		this.interval = interval;
		Thread acceptor = new Thread(this::accept, "slow-stream-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/**
	 * Start a server on a free loopback port.
	 * @param chunks the number of content deltas per stream, at least 1
	 * @param interval the pause before every delta but the first
	 * @return the running server; close it when done
	 */
	public static SlowStreamServer start(int chunks, Duration interval) {
		if (chunks < 1) {
			throw new IllegalArgumentException("'chunks' must be at least 1, was " + chunks);
		}
		if (interval == null || interval.isNegative()) {
			throw new IllegalArgumentException("'interval' must be zero or positive, was " + interval);
		}
		try {
			return new SlowStreamServer(chunks, interval, 4096);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("SlowStreamServer could not bind a loopback port", ex);
		}
	}

	/**
	 * Return the base URL for an OpenAI-type client.
	 * @return {@code http://127.0.0.1:PORT/v1}
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.socket.getLocalPort() + "/v1";
	}

	/**
	 * Return the text every stream adds up to.
	 * @return the concatenated deltas
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < this.chunks; i++) {
			text.append(delta(i));
		}
		return text.toString();
	}

	/**
	 * Return the number of streams being written now.
	 * @return the open streams
	 */
	public int openStreams() {
		return this.openStreams.get();
	}

	/**
	 * Return the number of streams written to their end.
	 * @return the completed streams
	 */
	public int completedStreams() {
		return this.completedStreams.get();
	}

	/**
	 * Return the number of streams cut short because the client closed the connection.
	 * @return the aborted streams
	 */
	public int abortedStreams() {
		return this.abortedStreams.get();
	}

	/**
	 * Return the number of content deltas written so far, over all streams.
	 * @return the deltas written
	 */
	public int sentChunks() {
		return this.sentChunks.get();
	}

	/**
	 * Hold every stream after its first {@code chunks} deltas until {@link #release()}, so that a test can have
	 * many streams open at the same moment however slow the machine is.
	 * @param chunks the deltas sent before a stream waits, at least 1
	 */
	public void holdAfter(int chunks) {
		if (chunks < 1) {
			throw new IllegalArgumentException("'chunks' must be at least 1, was " + chunks);
		}
		this.gate = new CountDownLatch(1);
		this.holdAfter = chunks;
	}

	/**
	 * Let held streams, and every later one, run to their end.
	 */
	public void release() {
		this.gate.countDown();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				this.connections.add(connection);
				Thread thread = new Thread(() -> serve(connection), "slow-stream-connection");
				thread.setDaemon(true);
				thread.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			connection.setTcpNoDelay(true);
			InputStream in = new BufferedInputStream(connection.getInputStream());
			OutputStream out = connection.getOutputStream();
			while (readRequest(in)) {
				stream(out);
			}
		}
		catch (IOException ex) {
			// The client went away between requests; nothing is in flight.
		}
		finally {
			this.connections.remove(connection);
		}
	}

	private void stream(OutputStream out) throws IOException {
		this.openStreams.incrementAndGet();
		boolean completed = false;
		try {
			out.write(("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n"
					+ "transfer-encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			for (int i = 0; i < this.chunks; i++) {
				if (i > 0) {
					interruptibly(() -> Thread.sleep(this.interval.toMillis()));
				}
				chunk(out, "{\"index\":0,\"delta\":{\"content\":\"" + delta(i) + "\"},\"finish_reason\":null}");
				this.sentChunks.incrementAndGet();
				if (i + 1 == this.holdAfter) {
					interruptibly(this.gate::await);
				}
			}
			chunk(out, "{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}");
			writeChunk(out, "data: [DONE]\n\n");
			out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			completed = true;
		}
		catch (IOException ex) {
			this.abortedStreams.incrementAndGet();
			throw ex;
		}
		finally {
			this.openStreams.decrementAndGet();
			if (completed) {
				this.completedStreams.incrementAndGet();
			}
		}
	}

	private static void interruptibly(Wait wait) throws IOException {
		try {
			wait.run();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("The server is stopping", ex);
		}
	}

	private static void chunk(OutputStream out, String choice) throws IOException {
		writeChunk(out, "data: {\"id\":\"chatcmpl-slow\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
				+ "\"model\":\"gpt-4o-mini\",\"choices\":[" + choice + "]}\n\n");
	}

	private static void writeChunk(OutputStream out, String event) throws IOException {
		byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	private static String delta(int n) {
		return "w" + n + " ";
	}

	/**
	 * Read one request's head and body; return false at the end of the connection.
	 */
	private static boolean readRequest(InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		int b;
		while ((b = in.read()) != -1) {
			head.append((char) b);
			int n = head.length();
			if (n >= 4 && head.indexOf("\r\n\r\n", n - 4) == n - 4) {
				in.readNBytes(contentLength(head.toString()));
				return true;
			}
		}
		return false;
	}

	private static int contentLength(String head) {
		for (String line : head.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
				return Integer.parseInt(line.substring(colon + 1).trim());
			}
		}
		return 0;
	}

	/**
	 * Stop accepting and close every connection.
	 */
	@Override
	public void close() {
		release();
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// Closing a listening socket only fails if it is already closed.
		}
		for (Socket connection : this.connections) {
			try {
				connection.close();
			}
			catch (IOException ex) {
				// Already closed by its own thread.
			}
		}
	}

	/** A wait that an interrupt (the server stopping) ends as a failed write would. */
	private interface Wait {
		void run() throws InterruptedException;
	}

}

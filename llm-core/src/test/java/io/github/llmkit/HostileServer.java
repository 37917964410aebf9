package io.github.llmkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that answers every request with a scripted, possibly hostile, answer
 * (endless bodies, trickles, stalls) and counts the connections the client closed. An answer that returns
 * without finishing its body leaves the connection open until the client closes it.
 */
final class HostileServer implements AutoCloseable {

	/** Writes one answer; may block or write forever, until the client closes the connection. */
	@FunctionalInterface
	interface Answer {

		void write(OutputStream out, int request) throws IOException, InterruptedException;

	}

	private final ServerSocket socket;

	private final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "hostile-server");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger closedByClient = new AtomicInteger();

	private volatile CountDownLatch opened = new CountDownLatch(0);

	private final Answer answer;

	HostileServer(Answer answer) throws IOException {
		this.answer = answer;
		this.socket = new ServerSocket(0, 1000, InetAddress.getLoopbackAddress());
		this.threads.execute(this::accept);
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.socket.getLocalPort() + "/v1";
	}

	/** Expect {@code count} requests to arrive; {@link #awaitRequests} waits for them. */
	void expectRequests(int count) {
		this.opened = new CountDownLatch(count);
	}

	boolean awaitRequests(long seconds) throws InterruptedException {
		return this.opened.await(seconds, TimeUnit.SECONDS);
	}

	int requests() {
		return this.requests.get();
	}

	int openConnections() {
		return this.open.get();
	}

	int closedByClient() {
		return this.closedByClient.get();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket connection = this.socket.accept();
				this.open.incrementAndGet();
				this.threads.execute(() -> serve(connection));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			InputStream in = connection.getInputStream();
			OutputStream out = connection.getOutputStream();
			while (readRequest(in)) {
				int number = this.requests.incrementAndGet();
				this.opened.countDown();
				this.answer.write(out, number);
				out.flush();
			}
			// The answer was written (or left hanging) and the client closed the connection.
			this.closedByClient.incrementAndGet();
		}
		catch (IOException ex) {
			this.closedByClient.incrementAndGet();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.open.decrementAndGet();
		}
	}

	/** Read a request head and its Content-Length body; false when the client closed the connection. */
	private static boolean readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		int b;
		while (matched < 4 && (b = in.read()) >= 0) {
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		if (matched < 4) {
			return false;
		}
		for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
			if (line.toLowerCase().startsWith("content-length:")) {
				in.readNBytes(Integer.parseInt(line.substring(15).trim()));
			}
		}
		return true;
	}

	/** Write a status line and headers (CRLF after each, blank line at the end). */
	static void head(OutputStream out, int status, String... headers) throws IOException {
		StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
		for (String header : headers) {
			text.append(header).append("\r\n");
		}
		out.write(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	/** Write one chunk of a chunked body. */
	static void chunk(OutputStream out, String data) throws IOException {
		byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
		out.flush();
	}

	/** A small OpenAI-shaped chat answer with a Content-Length. */
	static void chatAnswer(OutputStream out, String text) throws IOException {
		byte[] body = ("{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
				+ "\"content\":\"" + text + "\"},\"finish_reason\":\"stop\"}]}").getBytes(StandardCharsets.UTF_8);
		head(out, 200, "Content-Type: application/json", "Content-Length: " + body.length);
		out.write(body);
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
		this.threads.shutdownNow();
	}

}

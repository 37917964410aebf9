package io.github.llmkit.redis;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} process on a free loopback port, without persistence, started and stopped by the
 * test (never the system service). Fails with a clear message when the binary is not installed.
 */
final class LocalRedisServer implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

	private final String binary;

	private final int port;

	private Process process;

	private LocalRedisServer(String binary, int port) {
		this.binary = binary;
		this.port = port;
	}

	static LocalRedisServer start() {
		LocalRedisServer server = new LocalRedisServer(findBinary(), freePort());
		server.restart();
		return server;
	}

	int port() {
		return this.port;
	}

	String url() {
		return "redis://127.0.0.1:" + this.port;
	}

	/** Start the server again on the same port (after {@link #stop()}). */
	void restart() {
		try {
			this.process = new ProcessBuilder(this.binary, "--port", String.valueOf(this.port), "--bind", "127.0.0.1",
					"--save", "", "--appendonly", "no", "--daemonize", "no")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.binary, ex);
		}
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!answersPing()) {
			if (System.nanoTime() > deadline || !this.process.isAlive()) {
				stop();
				throw new IllegalStateException("redis-server did not answer PING on port " + this.port + " within "
						+ START_TIMEOUT.toSeconds() + " s");
			}
			sleep(20);
		}
	}

	/** Stop the server and wait until it is gone. */
	void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
	}

	@Override
	public void close() {
		stop();
	}

	private boolean answersPing() {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(1000);
			OutputStream out = socket.getOutputStream();
			out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] reply = new byte[7];
			int read = in.read(reply);
			return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String findBinary() {
		String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/bin"
				+ File.pathSeparator + "/usr/local/bin" + File.pathSeparator + "/usr/sbin";
		for (String directory : path.split(File.pathSeparator)) {
			Path candidate = Path.of(directory, "redis-server");
			if (!directory.isEmpty() && Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new IllegalStateException("redis-server is not installed, and the llm-redis tests need a real one: "
				+ "install the Debian package (apt-get install -y redis-server); .ci/run does so in CI");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port", ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for redis-server", ex);
		}
	}

}

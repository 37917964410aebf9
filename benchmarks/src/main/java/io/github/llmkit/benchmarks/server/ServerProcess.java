package io.github.llmkit.benchmarks.server;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running {@link CannedServer} in a separate JVM on the benchmark's own class path, so that the server's
 * threads, allocations and garbage collections never count against the client being measured.
 *
 * @since 0.1.0
 */
public final class ServerProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private ServerProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Start a server whose streams carry the given number of content deltas and wait until it listens.
	 * @param chunks the number of content deltas per stream
	 * @return the running server
	 * @throws IllegalStateException if the server does not start
	 */
	public static ServerProcess start(int chunks) {
		return start(chunks, "256m");
	}

	/**
	 * Start a server with the given heap size, for runs that hold many connections open.
	 * @param chunks the number of content deltas per stream of the canned routes
	 * @param heap the server's {@code -Xms} and {@code -Xmx}, e.g. {@code 512m}
	 * @return the running server
	 * @throws IllegalStateException if the server does not start
	 */
	public static ServerProcess start(int chunks, String heap) {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = List.of(java, "-Xms" + heap, "-Xmx" + heap, "-XX:+UseParallelGC", "-cp",
				System.getProperty("java.class.path"), CannedServer.class.getName(), Integer.toString(chunks));
		try {
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
			BufferedReader out = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
			String line = out.readLine();
			if (line == null || !line.startsWith("port=")) {
				process.destroyForcibly();
				throw new IllegalStateException("The benchmark server did not start; it printed: " + line);
			}
			return new ServerProcess(process, Integer.parseInt(line.substring("port=".length())));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start the benchmark server: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Return the server's root URL, {@code http://127.0.0.1:<port>}, with no trailing slash.
	 * @return the root URL
	 */
	public String rootUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Stop the server by closing its standard input, and kill it if it does not exit within five seconds.
	 */
	@Override
	public void close() {
		try {
			this.process.getOutputStream().close();
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}

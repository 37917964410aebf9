package io.github.llmkit.redis;

/**
 * Opens {@link LocalRedisServer} to tests in other packages.
 */
public final class LocalRedisServerAccess implements AutoCloseable {

	private final LocalRedisServer server;

	private LocalRedisServerAccess(LocalRedisServer server) {
		this.server = server;
	}

	public static LocalRedisServerAccess start() {
		return new LocalRedisServerAccess(LocalRedisServer.start());
	}

	public String url() {
		return this.server.url();
	}

	public void stop() {
		this.server.stop();
	}

	public void restart() {
		this.server.restart();
	}

	@Override
	public void close() {
		this.server.close();
	}

}

package io.github.llmkit.http;

import java.io.Closeable;
import java.time.Duration;

import io.github.llmkit.ClientConfig;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * A client's Apache HttpClient and its connection pool, sized for many long streams: one route, up to
 * {@code maxConnections} connections opened on demand, 4 KiB session buffers per connection (HttpCore's
 * default is 32 KiB), and connections idle for {@link #IDLE_TIME_TO_LIVE} closed by the {@link Watchdog}'s
 * housekeeping, so the buffers of a burst are returned.
 */
final class ConnectionPool implements Closeable {

	/** How long a pooled connection may stay unused before it is closed. */
	static final Duration IDLE_TIME_TO_LIVE = Duration.ofSeconds(30);

	private static final int BUFFER_SIZE = 4 * 1024;

	private static final String USER_AGENT = "llmkit/0.1";

	private final PoolingHttpClientConnectionManager connections;

	private final CloseableHttpClient httpClient;

	private final TimeValue idleTimeToLive;

	ConnectionPool(ClientConfig config) {
		this(config, IDLE_TIME_TO_LIVE);
	}

	ConnectionPool(ClientConfig config, Duration idleTimeToLive) {
		this.idleTimeToLive = TimeValue.of(idleTimeToLive);
		this.connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
				.http1Config(Http1Config.custom().setBufferSize(BUFFER_SIZE).build())
				.build())
			.setMaxConnTotal(config.maxConnections())
			.setMaxConnPerRoute(config.maxConnections())
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(config.connectTimeout()))
				.setSocketTimeout(Timeout.of(config.timeout()))
				.build())
			.build();
		this.httpClient = HttpClients.custom()
			.setConnectionManager(this.connections)
			.setRequestExecutor(new StreamIdleRequestExecutor())
			.setUserAgent(USER_AGENT)
			.disableAutomaticRetries()
			.disableRedirectHandling()
			.disableCookieManagement()
			.disableContentCompression()
			.disableAuthCaching()
			.build();
	}

	CloseableHttpClient httpClient() {
		return this.httpClient;
	}

	/**
	 * Close the connections idle for longer than the time to live.
	 * @return whether the pool still holds connections, so that housekeeping should go on
	 */
	boolean closeIdle() {
		if (this.connections.isClosed()) {
			return false;
		}
		this.connections.closeExpired();
		this.connections.closeIdle(this.idleTimeToLive);
		PoolStats stats = this.connections.getTotalStats();
		return stats.getAvailable() + stats.getLeased() + stats.getPending() > 0;
	}

	@Override
	public void close() {
		this.httpClient.close(CloseMode.IMMEDIATE);
		this.connections.close(CloseMode.IMMEDIATE);
	}

}

package io.github.llmkit.redis.autoconfigure;

import java.time.Duration;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.llmkit.ClientConfig;
import io.github.llmkit.autoconfigure.LlmClientCustomizer;
import io.github.llmkit.autoconfigure.LlmProperties;
import io.github.llmkit.autoconfigure.LlmProperties.RateLimit;
import io.github.llmkit.autoconfigure.LlmProperties.Store;
import io.github.llmkit.redis.RedisRateLimiter;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Gives each entry whose {@code rate-limit.store} is {@code redis} a {@link RedisRateLimiter}, connecting to
 * Redis when the first such client is created (its own client rejects commands while disconnected, so that an
 * outage is noticed at once, and reconnects by itself; an application {@link RedisClient} bean is used as is). Redis must be reachable then; later outages behave as the
 * entry's {@code rate-limit.fail-open} says, and the connection comes back by itself.
 *
 * @since 0.1.0
 */
public final class LlmRedisRateLimits implements LlmClientCustomizer, DisposableBean {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

	private final LlmProperties properties;

	private final Environment environment;

	private final RedisClient sharedClient;

	private final StoreFailures failures;

	private RedisClient ownClient;

	private StatefulRedisConnection<byte[], byte[]> connection;

	private ProxyManager<byte[]> store;

	LlmRedisRateLimits(LlmProperties properties, Environment environment, RedisClient sharedClient,
			StoreFailures failures) {
		this.properties = properties;
		this.environment = environment;
		this.sharedClient = sharedClient;
		this.failures = failures;
	}

	@Override
	public void customize(String name, ClientConfig.Builder builder) {
		LlmProperties.Provider provider = this.properties.getProviders().get(name);
		if (provider == null || provider.getRateLimit().getStore() != Store.REDIS) {
			return;
		}
		RateLimit rateLimit = provider.getRateLimit();
		RedisRateLimiter.Builder limiter = RedisRateLimiter.builder(store(), name, name)
			.tokensPerMinute(rateLimit.getTokensPerMinute())
			.failOpen(rateLimit.isFailOpen())
			.onStoreFailure((ex) -> this.failures.failed(name));
		if (rateLimit.getRequestsPerMinute() != null) {
			limiter.requestsPerMinute(rateLimit.getRequestsPerMinute());
		}
		builder.rateLimiter(limiter.build());
	}

	private synchronized ProxyManager<byte[]> store() {
		if (this.store == null) {
			RedisClient client = this.sharedClient;
			if (client == null) {
				this.ownClient = RedisClient.create(uri());
				this.ownClient.setOptions(ClientOptions.builder()
					.autoReconnect(true)
					.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
					.timeoutOptions(TimeoutOptions.enabled())
					.build());
				client = this.ownClient;
			}
			this.connection = client.connect(ByteArrayCodec.INSTANCE);
			this.store = RedisRateLimiter.store(this.connection);
		}
		return this.store;
	}

	/**
	 * Build the Redis URI from {@code spring.data.redis.*}: its {@code url}, or host, port, database, username,
	 * password, SSL and timeout (2 seconds when not set).
	 */
	RedisURI uri() {
		String url = property("url");
		RedisURI uri = (StringUtils.hasText(url)) ? RedisURI.create(url)
				: RedisURI.builder()
					.withHost(this.environment.getProperty("spring.data.redis.host", "localhost"))
					.withPort(this.environment.getProperty("spring.data.redis.port", Integer.class, 6379))
					.withDatabase(this.environment.getProperty("spring.data.redis.database", Integer.class, 0))
					.withSsl(this.environment.getProperty("spring.data.redis.ssl.enabled", Boolean.class, false))
					.build();
		String password = property("password");
		if (StringUtils.hasText(password)) {
			String username = property("username");
			if (StringUtils.hasText(username)) {
				uri.setAuthentication(username, password.toCharArray());
			}
			else {
				uri.setAuthentication(password.toCharArray());
			}
		}
		String timeout = property("timeout");
		uri.setTimeout((StringUtils.hasText(timeout)) ? DurationStyle.detectAndParse(timeout) : DEFAULT_TIMEOUT);
		return uri;
	}

	private String property(String name) {
		return this.environment.getProperty("spring.data.redis." + name);
	}

	@Override
	public synchronized void destroy() {
		if (this.connection != null) {
			this.connection.close();
		}
		if (this.ownClient != null) {
			this.ownClient.shutdown();
		}
	}

}

package io.github.llmkit.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.llmkit.http.Sleeper;
import io.github.llmkit.ratelimit.RateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RateLimiter} whose requests-per-minute and tokens-per-minute buckets live in Redis (Bucket4j), so
 * that all instances sharing the store and the key hold one budget together. The buckets behave as
 * {@link io.github.llmkit.ratelimit.TokenBucketRateLimiter}'s: full at first, refilled continuously, tokens
 * charged after each call so that one burst may overdraw them. When Redis cannot be reached, a limiter that
 * fails open lets the call through (one WARN per outage, and the failure callback every time); one that fails
 * closed throws {@link RateLimitStoreException}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class RedisRateLimiter implements RateLimiter {

	private static final Logger logger = LoggerFactory.getLogger(RedisRateLimiter.class);

	private final String client;

	private final BucketProxy requests;

	private final BucketProxy tokens;

	private final boolean failOpen;

	private final Consumer<RuntimeException> storeFailures;

	private final Sleeper sleeper;

	private volatile boolean storeDown;

	private RedisRateLimiter(Builder builder) {
		this.client = builder.client;
		String prefix = "llmkit:rate-limit:" + builder.key + ":";
		this.requests = bucket(builder.store, prefix + "requests", builder.requestsPerMinute);
		this.tokens = (builder.tokensPerMinute != null)
				? bucket(builder.store, prefix + "tokens", builder.tokensPerMinute) : null;
		this.failOpen = builder.failOpen;
		this.storeFailures = builder.storeFailures;
		this.sleeper = builder.sleeper;
	}

	/**
	 * Create the bucket store over a Redis connection; the caller keeps the connection and closes it.
	 * @param connection a connection with byte-array keys and values
	 * @return the store to pass to {@link #builder}
	 */
	public static ProxyManager<byte[]> store(StatefulRedisConnection<byte[], byte[]> connection) {
		return Bucket4jLettuce.casBasedBuilder(connection)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.build();
	}

	/**
	 * Start a limiter.
	 * @param store the bucket store, from {@link #store}
	 * @param client the client's name, for messages
	 * @param key the budget's name in Redis; instances with the same key share the budget
	 * @return a builder
	 * @throws IllegalArgumentException if an argument is null or blank
	 */
	public static Builder builder(ProxyManager<byte[]> store, String client, String key) {
		if (store == null) {
			throw new IllegalArgumentException("'store' must not be null");
		}
		if (client == null || client.isBlank()) {
			throw new IllegalArgumentException("'client' must not be null or blank");
		}
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("'key' must not be null or blank");
		}
		return new Builder(store, client, key);
	}

	@Override
	public Duration acquire() throws InterruptedException {
		long waited = 0;
		while (true) {
			long waitNanos;
			try {
				waitNanos = tryTake();
			}
			catch (RuntimeException ex) {
				storeFailed(ex);
				return Duration.ofNanos(waited);
			}
			if (this.storeDown) {
				this.storeDown = false;
				logger.info("{}: the shared rate-limit store (Redis) answers again; limits apply", this.client);
			}
			if (waitNanos == 0) {
				return Duration.ofNanos(waited);
			}
			this.sleeper.sleep(Duration.ofNanos(waitNanos));
			waited += waitNanos;
		}
	}

	@Override
	public void recordTokens(int used) {
		if (this.tokens == null || used <= 0) {
			return;
		}
		try {
			this.tokens.consumeIgnoringRateLimits(used);
		}
		catch (RuntimeException ex) {
			this.storeFailures.accept(ex);
			logger.debug("{}: could not charge {} tokens to the shared rate-limit store: {}", this.client, used,
					ex.getMessage());
		}
	}

	/**
	 * Take one request permit if both buckets allow it.
	 * @return 0 when taken, else how long to wait before asking again
	 */
	private long tryTake() {
		if (this.tokens != null) {
			EstimationProbe estimate = this.tokens.estimateAbilityToConsume(1);
			if (!estimate.canBeConsumed()) {
				return Math.max(1, estimate.getNanosToWaitForRefill());
			}
		}
		ConsumptionProbe probe = this.requests.tryConsumeAndReturnRemaining(1);
		return (probe.isConsumed()) ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
	}

	private void storeFailed(RuntimeException ex) {
		this.storeFailures.accept(ex);
		if (!this.failOpen) {
			throw new RateLimitStoreException(this.client, ex);
		}
		if (!this.storeDown) {
			this.storeDown = true;
			logger.warn("{}: the shared rate-limit store (Redis) is unreachable; calls go through unlimited until it "
					+ "answers again (fail-open): {}", this.client, ex.getMessage());
		}
	}

	private static BucketProxy bucket(ProxyManager<byte[]> store, String key, int perMinute) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
		return store.builder().build(key.getBytes(StandardCharsets.UTF_8), () -> configuration);
	}

	/**
	 * Builds a {@link RedisRateLimiter}. Not thread-safe.
	 */
	public static final class Builder {

		private final ProxyManager<byte[]> store;

		private final String client;

		private final String key;

		private int requestsPerMinute = Integer.MAX_VALUE;

		private Integer tokensPerMinute;

		private boolean failOpen = true;

		private Consumer<RuntimeException> storeFailures = (ex) -> {
		};

		private Sleeper sleeper = Sleeper.SYSTEM;

		private Builder(ProxyManager<byte[]> store, String client, String key) {
			this.store = store;
			this.client = client;
			this.key = key;
		}

		/**
		 * Set the shared requests-per-minute budget. Default: unlimited.
		 * @param requestsPerMinute the budget, positive
		 * @return this builder
		 * @throws IllegalArgumentException if not positive
		 */
		public Builder requestsPerMinute(int requestsPerMinute) {
			if (requestsPerMinute <= 0) {
				throw new IllegalArgumentException("'requestsPerMinute' must be positive, was " + requestsPerMinute);
			}
			this.requestsPerMinute = requestsPerMinute;
			return this;
		}

		/**
		 * Set the shared tokens-per-minute budget. Default: none.
		 * @param tokensPerMinute the budget, positive, or null for none
		 * @return this builder
		 * @throws IllegalArgumentException if not positive
		 */
		public Builder tokensPerMinute(Integer tokensPerMinute) {
			if (tokensPerMinute != null && tokensPerMinute <= 0) {
				throw new IllegalArgumentException("'tokensPerMinute' must be positive, was " + tokensPerMinute);
			}
			this.tokensPerMinute = tokensPerMinute;
			return this;
		}

		/**
		 * Set what happens while Redis is unreachable: true lets calls through, false refuses them with a
		 * {@link RateLimitStoreException}. Default: true.
		 * @param failOpen whether to fail open
		 * @return this builder
		 */
		public Builder failOpen(boolean failOpen) {
			this.failOpen = failOpen;
			return this;
		}

		/**
		 * Set a callback told of every failure to reach Redis (a metric, typically); it must not throw.
		 * Default: none.
		 * @param storeFailures the callback
		 * @return this builder
		 * @throws IllegalArgumentException if null
		 */
		public Builder onStoreFailure(Consumer<RuntimeException> storeFailures) {
			if (storeFailures == null) {
				throw new IllegalArgumentException("'storeFailures' must not be null");
			}
			this.storeFailures = storeFailures;
			return this;
		}

		/**
		 * Set how the limiter waits for its buckets to refill. Default: {@link Sleeper#SYSTEM}.
		 * @param sleeper the sleeper
		 * @return this builder
		 * @throws IllegalArgumentException if null
		 */
		public Builder sleeper(Sleeper sleeper) {
			if (sleeper == null) {
				throw new IllegalArgumentException("'sleeper' must not be null");
			}
			this.sleeper = sleeper;
			return this;
		}

		/**
		 * Build the limiter; nothing is sent to Redis until the first call.
		 * @return the limiter
		 */
		public RedisRateLimiter build() {
			return new RedisRateLimiter(this);
		}

	}

}

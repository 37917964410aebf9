package io.github.llmkit.redis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.llmkit.http.Sleeper;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link RedisRateLimiter} on a real redis-server: two instances (two connections) share one budget; tokens
 * are charged after each answer; a stopped Redis fails open or closed as configured; a restarted one resumes.
 */
class RedisRateLimiterTests {

	static LocalRedisServer redis;

	private final List<RedisClient> clients = new CopyOnWriteArrayList<>();

	private final List<Duration> waits = new CopyOnWriteArrayList<>();

	/** Records the wait and gives up, so that a test sees how long the limiter would wait. */
	private final Sleeper recordAndStop = (duration) -> {
		this.waits.add(duration);
		throw new InterruptedException("test stops waiting");
	};

	@BeforeAll
	static void startRedis() {
		redis = LocalRedisServer.start();
	}

	@AfterAll
	static void stopRedis() {
		redis.close();
	}

	@AfterEach
	void closeClients() {
		this.clients.forEach(RedisClient::shutdown);
		if (!redisRunning()) {
			redis.restart();
		}
	}

	private static boolean redisRunning() {
		RedisClient client = RedisClient.create(redis.url());
		try {
			client.connect().close();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
		finally {
			client.shutdown();
		}
	}

	/** A store over its own connection: one per simulated application instance. */
	ProxyManager<byte[]> instance() {
		RedisClient client = RedisClient.create(redis.url());
		client.setOptions(ClientOptions.builder()
			.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(1)))
			.build());
		this.clients.add(client);
		StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
		return RedisRateLimiter.store(connection);
	}

	static String key() {
		return "test-" + System.nanoTime();
	}

	@Test
	void twoInstancesSharingAKeyShareOneRequestBudget() throws InterruptedException {
		String key = key();
		RedisRateLimiter first = RedisRateLimiter.builder(instance(), "openai", key)
			.requestsPerMinute(3)
			.sleeper(this.recordAndStop)
			.build();
		RedisRateLimiter second = RedisRateLimiter.builder(instance(), "openai", key)
			.requestsPerMinute(3)
			.sleeper(this.recordAndStop)
			.build();
		assertThat(first.acquire()).isZero();
		assertThat(second.acquire()).isZero();
		assertThat(first.acquire()).isZero();
		assertThatExceptionOfType(InterruptedException.class).isThrownBy(second::acquire);
		assertThat(this.waits).singleElement()
			.satisfies((wait) -> assertThat(wait).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(20)));
		RedisRateLimiter other = RedisRateLimiter.builder(instance(), "openai", key())
			.requestsPerMinute(3)
			.build();
		assertThat(other.acquire()).isZero();
	}

	@Test
	void tokensChargedAfterAnAnswerHoldBackTheNextRequestOfEveryInstance() throws InterruptedException {
		String key = key();
		RedisRateLimiter first = RedisRateLimiter.builder(instance(), "claude", key)
			.requestsPerMinute(100)
			.tokensPerMinute(600)
			.sleeper(this.recordAndStop)
			.build();
		RedisRateLimiter second = RedisRateLimiter.builder(instance(), "claude", key)
			.requestsPerMinute(100)
			.tokensPerMinute(600)
			.sleeper(this.recordAndStop)
			.build();
		assertThat(first.acquire()).isZero();
		first.recordTokens(500);
		assertThat(second.acquire()).isZero();
		second.recordTokens(200);
		assertThatExceptionOfType(InterruptedException.class).isThrownBy(first::acquire);
		assertThat(this.waits).singleElement()
			.satisfies((wait) -> assertThat(wait).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(11)));
	}

	@Test
	void stoppedRedisFailsOpenWithAFailureCallbackAndResumesWhenRestarted() throws InterruptedException {
		AtomicInteger failures = new AtomicInteger();
		RedisRateLimiter limiter = RedisRateLimiter.builder(instance(), "gemini", key())
			.requestsPerMinute(1)
			.onStoreFailure((ex) -> failures.incrementAndGet())
			.sleeper(this.recordAndStop)
			.build();
		assertThat(limiter.acquire()).isZero();
		redis.stop();
		for (int i = 0; i < 5; i++) {
			assertThat(limiter.acquire()).isZero();
		}
		limiter.recordTokens(10);
		assertThat(failures).hasValue(5);
		redis.restart();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		int before;
		do {
			assertThat(System.nanoTime()).isLessThan(deadline);
			Thread.sleep(50);
			before = failures.get();
			limiter.acquire();
		}
		while (failures.get() != before);
		assertThatExceptionOfType(InterruptedException.class).isThrownBy(limiter::acquire);
	}

	@Test
	void stoppedRedisFailsClosedWhenConfigured() throws InterruptedException {
		RedisRateLimiter limiter = RedisRateLimiter.builder(instance(), "openai", key())
			.requestsPerMinute(60)
			.failOpen(false)
			.build();
		assertThat(limiter.acquire()).isZero();
		redis.stop();
		assertThatExceptionOfType(RateLimitStoreException.class).isThrownBy(limiter::acquire)
			.satisfies((ex) -> assertThat(ex.provider()).isEqualTo("openai"))
			.withMessageStartingWith("openai: the shared rate-limit store (Redis) is unreachable and the limiter "
					+ "fails closed, so the call was not sent");
		redis.restart();
		awaitReconnected(limiter);
	}

	/** Wait until Lettuce has reconnected (it retries by itself); the budget's state is fresh after the restart. */
	private void awaitReconnected(RedisRateLimiter limiter) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (true) {
			try {
				limiter.acquire();
				return;
			}
			catch (RateLimitStoreException ex) {
				if (System.nanoTime() > deadline) {
					throw ex;
				}
				Thread.sleep(100);
			}
		}
	}

}

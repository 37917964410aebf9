package io.github.llmkit.redis.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmException;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.redis.LocalRedisServerAccess;
import io.github.llmkit.redis.RateLimitStoreException;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Shared rate limits through the starter's properties, with two application contexts standing for two
 * instances of one application, a real redis-server and the simulator counting what reaches the provider.
 */
class LlmRedisAutoConfigurationTests {

	static LocalRedisServerAccess redis;

	static MockLlmServer server;

	static final AtomicInteger entries = new AtomicInteger();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmRedisAutoConfiguration.class))
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

	@BeforeAll
	static void start() {
		redis = LocalRedisServerAccess.start();
		server = MockLlmServer.start();
	}

	@AfterAll
	static void stop() {
		server.close();
		redis.close();
	}

	@BeforeEach
	void reset() {
		server.reset();
	}

	/** An entry of its own per test, so that each test starts with a full budget in Redis. */
	ApplicationContextRunner entry(String name, String... properties) {
		String prefix = "llm.providers." + name + ".";
		return this.contextRunner
			.withPropertyValues(prefix + "type=openai", prefix + "api-key=" + MockLlmServer.API_KEY,
					prefix + "base-url=" + server.baseUrl("openai"), prefix + "retries=0",
					prefix + "rate-limit.store=redis", "spring.data.redis.url=" + redis.url())
			.withPropertyValues(properties);
	}

	static Thread started(Runnable task) {
		Thread thread = new Thread(task);
		thread.start();
		return thread;
	}

	static String newName() {
		return "shared" + entries.incrementAndGet() + "x" + System.nanoTime();
	}

	@Test
	void twoInstancesSharingA120RequestsPerMinuteBudgetNeverExceedItTogether() {
		String name = newName();
		ApplicationContextRunner runner = entry(name, "llm.providers." + name + ".rate-limit.requests-per-minute=120");
		runner.run((first) -> runner.run((second) -> {
			long start = System.nanoTime();
			List<Thread> callers = new ArrayList<>();
			AtomicInteger[] answered = { new AtomicInteger(), new AtomicInteger() };
			for (int i = 0; i < 6; i++) {
				ApplicationContext context = (i % 2 == 0) ? first : second;
				AtomicInteger count = answered[i % 2];
				LlmClient client = context.getBean(name, LlmClient.class);
				callers.add(started(() -> {
					try {
						while (!Thread.currentThread().isInterrupted()) {
							client.complete("Hi");
							count.incrementAndGet();
						}
					}
					catch (LlmException ex) {
						// interrupted while waiting for the shared limiter: the run is over
					}
				}));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (server.requestCount() < 120 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			Thread.sleep(1500);
			callers.forEach(Thread::interrupt);
			for (Thread caller : callers) {
				caller.join();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			int allowed = 120 + (int) Math.ceil(seconds * 2) + 1;
			assertThat(server.requestCount()).as("requests in %.1f s", seconds).isBetween(120, allowed);
			assertThat(answered[0]).hasPositiveValue();
			assertThat(answered[1]).hasPositiveValue();
			assertThat(first.getBean(MeterRegistry.class).find(StoreFailures.METER).counter()).isNull();
		}));
	}

	@Test
	void tokensChargedByOneInstanceHoldBackTheOther() {
		String name = newName();
		ApplicationContextRunner runner = entry(name, "llm.providers." + name + ".rate-limit.tokens-per-minute=30");
		runner.run((first) -> runner.run((second) -> {
			server.enqueue(MockReply.text("A long answer").withUsage(20, 20));
			first.getBean(name, LlmClient.class).complete("Hello");
			Thread waiting = started(() -> {
				try {
					second.getBean(name, LlmClient.class).complete("Hi");
				}
				catch (LlmException ex) {
					// interrupted while waiting for the shared limiter
				}
			});
			waiting.join(1500);
			assertThat(waiting.isAlive()).isTrue();
			assertThat(server.requestCount()).isEqualTo(1);
			waiting.interrupt();
			waiting.join();
		}));
	}

	@Test
	void unreachableRedisFailsOpenWithAMetricOrClosedAsConfigured() {
		String open = newName();
		String closed = newName();
		entry(open, "llm.providers." + open + ".rate-limit.requests-per-minute=60")
			.withPropertyValues("llm.providers." + closed + ".type=openai",
					"llm.providers." + closed + ".api-key=" + MockLlmServer.API_KEY,
					"llm.providers." + closed + ".base-url=" + server.baseUrl("openai"),
					"llm.providers." + closed + ".rate-limit.store=redis",
					"llm.providers." + closed + ".rate-limit.requests-per-minute=60",
					"llm.providers." + closed + ".rate-limit.fail-open=false")
			.run((context) -> {
				LlmClient lenient = context.getBean(open, LlmClient.class);
				LlmClient strict = context.getBean(closed, LlmClient.class);
				lenient.complete("Hi");
				redis.stop();
				try {
					assertThat(lenient.complete("Hi").text()).isNotEmpty();
					assertThat(context.getBean(MeterRegistry.class)
						.get(StoreFailures.METER)
						.tag("llm.client.name", open)
						.counter()
						.count()).isPositive();
					int before = server.requestCount();
					assertThatExceptionOfType(RateLimitStoreException.class).isThrownBy(() -> strict.complete("Hi"));
					assertThat(server.requestCount()).isEqualTo(before);
				}
				finally {
					redis.restart();
				}
				long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
				while (true) {
					try {
						strict.complete("Hi");
						break;
					}
					catch (RateLimitStoreException ex) {
						assertThat(System.nanoTime()).isLessThan(deadline);
						Thread.sleep(100);
					}
				}
			});
	}

	@Test
	void redisConnectionComesFromSpringDataRedisProperties() {
		LlmRedisRateLimits limits = new LlmRedisRateLimits(null, new org.springframework.mock.env.MockEnvironment()
			.withProperty("spring.data.redis.host", "127.0.0.1")
			.withProperty("spring.data.redis.port", "6390")
			.withProperty("spring.data.redis.database", "3")
			.withProperty("spring.data.redis.password", "secret")
			.withProperty("spring.data.redis.timeout", "750ms"), null, (client) -> {
			});
		assertThat(limits.uri().getHost()).isEqualTo("127.0.0.1");
		assertThat(limits.uri().getPort()).isEqualTo(6390);
		assertThat(limits.uri().getDatabase()).isEqualTo(3);
		assertThat(limits.uri().getCredentialsProvider().resolveCredentials().block().getPassword())
			.isEqualTo("secret".toCharArray());
		assertThat(limits.uri().getTimeout()).isEqualTo(Duration.ofMillis(750));
	}

}

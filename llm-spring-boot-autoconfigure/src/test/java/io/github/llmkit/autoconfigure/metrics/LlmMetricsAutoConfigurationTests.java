package io.github.llmkit.autoconfigure.metrics;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmTransportException;
import io.github.llmkit.LlmUnsupportedOperationException;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmClientCustomizer;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.ratelimit.TokenBucketRateLimiter;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LlmMetricsAutoConfiguration}, without a server: calls that fail before or at connecting.
 */
class LlmMetricsAutoConfigurationTests {

	private static final String KEY = "sk-secret-value-1234";

	private static String closedBaseUrl;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmMetricsAutoConfiguration.class,
				MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class));

	@BeforeAll
	static void findClosedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			closedBaseUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
		}
	}

	@Test
	void shouldMeasureEveryClientWhenMeterRegistryPresent() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=" + KEY).run((context) -> {
			assertThat(context).hasSingleBean(LlmClientMetrics.class);
			assertThat(context.getBean("openai")).isInstanceOf(ObservedLlmClient.class);
			assertThat(context.getBean(LlmClient.class).name()).isEqualTo("openai");
		});
	}

	@Test
	void shouldNotMeasureWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("io.micrometer.core"))
			.withPropertyValues("llm.providers.openai.api-key=" + KEY)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(LlmClientMetrics.class);
				assertThat(context.getBean("openai")).isNotInstanceOf(ObservedLlmClient.class);
			});
	}

	@Test
	void shouldNotMeasureWithoutMeterRegistryBean() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmMetricsAutoConfiguration.class))
			.withPropertyValues("llm.providers.openai.api-key=" + KEY)
			.run((context) -> assertThat(context).doesNotHaveBean(LlmClientMetrics.class));
	}

	@Test
	void failedCallRecordsDurationTaggedWithErrorTypeAndNoTokens() {
		this.contextRunner
			.withPropertyValues("llm.providers.fast.type=groq", "llm.providers.fast.api-key=" + KEY,
					"llm.providers.fast.base-url=" + closedBaseUrl)
			.run((context) -> {
				LlmClient fast = context.getBean("fast", LlmClient.class);
				assertThatExceptionOfType(LlmUnsupportedOperationException.class)
					.isThrownBy(() -> fast.embed(List.of("hello")));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				Timer timer = registry.get(LlmClientMetrics.OPERATION_DURATION)
					.tag("llm.client.name", "fast")
					.tag("gen_ai.provider.name", "groq")
					.tag("gen_ai.operation.name", "embeddings")
					.tag("error.type", LlmUnsupportedOperationException.class.getName())
					.timer();
				assertThat(timer.count()).isOne();
				assertThat(registry.find(LlmClientMetrics.TOKEN_USAGE).meters()).isEmpty();
			});
	}

	@Test
	void successfulCallRecordsKnownTokensAndSkipsUnknownOnes() {
		try (MockLlmServer server = MockLlmServer.start()) {
			server.enqueue(MockReply.text("Hello").withUsage(12, 3));
			server.enqueue(MockReply.json("{\"id\":\"c1\",\"object\":\"chat.completion\",\"model\":\"gpt-4o-2024\","
					+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hi\"},"
					+ "\"finish_reason\":\"stop\"}]}"));
			this.contextRunner
				.withPropertyValues("llm.providers.openai.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.openai.base-url=" + server.baseUrl("openai"))
				.run((context) -> {
					LlmClient client = context.getBean(LlmClient.class);
					client.chat(List.of(Message.user("first")));
					client.chat(List.of(Message.user("second")));
					MeterRegistry registry = context.getBean(MeterRegistry.class);
					Collection<Timer> timers = registry.get(LlmClientMetrics.OPERATION_DURATION)
						.tag("gen_ai.operation.name", "chat")
						.tag("gen_ai.provider.name", "openai")
						.tag("server.address", "127.0.0.1")
						.tag("server.port", Integer.toString(server.port()))
						.timers();
					assertThat(timers).extracting(Timer::count).containsOnly(1L);
					assertThat(timers).allSatisfy((timer) -> assertThat(timer.getId().getTag("error.type")).isNull());
					assertThat(registry.get(LlmClientMetrics.TOKEN_USAGE).summaries())
						.allSatisfy((summary) -> assertThat(summary.getId().getTag("error.type")).isNull());
					DistributionSummary input = registry.get(LlmClientMetrics.TOKEN_USAGE)
						.tag("gen_ai.token.type", "input")
						.summary();
					assertThat(input.count()).isOne();
					assertThat(input.totalAmount()).isEqualTo(12);
					assertThat(registry.get(LlmClientMetrics.TOKEN_USAGE)
						.tag("gen_ai.token.type", "output")
						.summary()
						.totalAmount()).isEqualTo(3);
					assertThat(registry.find(LlmClientMetrics.OPERATION_DURATION)
						.tag("gen_ai.response.model", "gpt-4o-2024")
						.timer()).isNotNull();
				});
		}
	}

	@Test
	void retriesAreCountedThroughClientEventListener() {
		this.contextRunner.withBean(LlmClientCustomizer.class, () -> (name, builder) -> builder.sleeper((delay) -> {
		}))
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.base-url=" + closedBaseUrl,
					"llm.providers.openai.retries=2")
			.run((context) -> {
				LlmClient client = context.getBean(LlmClient.class);
				assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.complete("Hi"));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(LlmClientMetrics.RETRIES)
					.tag("llm.client.name", "openai")
					.tag("gen_ai.provider.name", "openai")
					.counter()
					.count()).isEqualTo(2);
				assertThat(registry.get(LlmClientMetrics.OPERATION_DURATION)
					.tag("gen_ai.operation.name", "chat")
					.tag("gen_ai.request.model", "gpt-4o")
					.tag("error.type", LlmTransportException.class.getName())
					.timer()
					.count()).isOne();
			});
	}

	@Test
	void rateLimitWaitsAreTimed() {
		AtomicLong clock = new AtomicLong();
		this.contextRunner.withBean(LlmClientCustomizer.class, () -> (name, builder) -> builder
			.rateLimiter(new TokenBucketRateLimiter(1, null, clock::get, (delay) -> clock.addAndGet(delay.toNanos())))
			.retries(0))
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.base-url=" + closedBaseUrl)
			.run((context) -> {
				LlmClient client = context.getBean(LlmClient.class);
				assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.complete("one"));
				assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.complete("two"));
				Timer waits = context.getBean(MeterRegistry.class)
					.get(LlmClientMetrics.RATE_LIMIT_WAIT)
					.tag("llm.client.name", "openai")
					.timer();
				assertThat(waits.count()).isOne();
				assertThat(waits.totalTime(TimeUnit.SECONDS)).isEqualTo(60.0);
			});
	}

	@Test
	void durationTimerPublishesOpenTelemetryBuckets() {
		this.contextRunner
			.withPropertyValues("llm.providers.fast.type=groq", "llm.providers.fast.api-key=" + KEY,
					"llm.providers.fast.base-url=" + closedBaseUrl)
			.run((context) -> {
				assertThatExceptionOfType(LlmUnsupportedOperationException.class)
					.isThrownBy(() -> context.getBean("fast", LlmClient.class).embed(List.of("x")));
				Timer timer = context.getBean(MeterRegistry.class).get(LlmClientMetrics.OPERATION_DURATION).timer();
				assertThat(timer.takeSnapshot().histogramCounts())
					.extracting((bucket) -> bucket.bucket(TimeUnit.SECONDS))
					.containsExactly(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96,
							81.92);
			});
	}

	@Test
	void providerNameIsTheWellKnownOpenTelemetryValue() {
		this.contextRunner
			.withPropertyValues("llm.providers.claude.api-key=" + KEY, "llm.providers.claude.base-url=" + closedBaseUrl,
					"llm.providers.claude.retries=0")
			.run((context) -> {
				LlmClient claude = context.getBean("claude", LlmClient.class);
				assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> claude.complete("Hi"));
				Timer timer = context.getBean(MeterRegistry.class).get(LlmClientMetrics.OPERATION_DURATION).timer();
				assertThat(timer.getId().getTag("gen_ai.provider.name")).isEqualTo("anthropic");
				assertThat(timer.getId().getTag("gen_ai.response.model")).isNull();
			});
	}

	@Test
	void streamRecordsTimeToFirstChunkAndTimePerOutputChunk() {
		try (MockLlmServer server = MockLlmServer.start()) {
			server.enqueue(MockReply.text("one two three four"));
			this.contextRunner
				.withPropertyValues("llm.providers.gemini.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.gemini.base-url=" + server.baseUrl("gemini"))
				.run((context) -> {
					List<String> deltas = new ArrayList<>();
					context.getBean(LlmClient.class)
						.streamChat(List.of(Message.user("Hi")), StreamListeners.text(deltas::add));
					MeterRegistry registry = context.getBean(MeterRegistry.class);
					Timer first = registry.get(LlmClientMetrics.TIME_TO_FIRST_CHUNK)
						.tag("gen_ai.provider.name", "gcp.gemini")
						.timer();
					assertThat(first.count()).isOne();
					Timer perChunk = registry.get(LlmClientMetrics.TIME_PER_OUTPUT_CHUNK).timer();
					assertThat(deltas).hasSizeGreaterThan(1);
					assertThat(perChunk.count()).isGreaterThanOrEqualTo(deltas.size() - 1);
				});
		}
	}

}

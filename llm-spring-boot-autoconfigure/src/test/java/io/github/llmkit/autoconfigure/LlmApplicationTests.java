package io.github.llmkit.autoconfigure;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.llmkit.LlmClient;
import io.github.llmkit.ProviderType;
import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics;
import io.github.llmkit.chat.ChatResponse;
import io.github.llmkit.chat.Message;
import io.github.llmkit.chat.StreamListeners;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.ToolLoopResult;
import io.github.llmkit.tool.ToolRegistry;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Boot application configured only by the YAML of design.md section 7: three clients against the simulator
 * (one custom-named entry of an existing type), injected by parameter name and by qualifier, running a tool loop
 * through a proxied bean and leaving metrics behind.
 */
@SpringBootTest(classes = LlmApplicationTests.TestApplication.class,
		properties = { "spring.config.location=classpath:llm-design.yml", "llm.dotenv.enabled=false" })
class LlmApplicationTests {

	private static final MockLlmServer server = MockLlmServer.start();

	@Autowired
	private LlmClient fast;

	@Autowired
	@Qualifier("claude")
	private LlmClient claude;

	@Autowired
	private LlmClient defaultClient;

	@Autowired
	private ToolRegistry tools;

	@Autowired
	private WeatherTools weatherTools;

	@Autowired
	private MeterRegistry meterRegistry;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("OPENAI_API_KEY", () -> MockLlmServer.API_KEY);
		registry.add("ANTHROPIC_API_KEY", () -> MockLlmServer.API_KEY);
		registry.add("GROQ_API_KEY", () -> MockLlmServer.API_KEY);
		registry.add("llm.providers.openai.base-url", () -> server.baseUrl("openai"));
		registry.add("llm.providers.claude.base-url", () -> server.baseUrl("claude"));
		registry.add("llm.providers.fast.base-url", () -> server.baseUrl("groq"));
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void clientsFromPropertiesAreInjectedByNameQualifierAndPrimary() {
		assertThat(this.fast.name()).isEqualTo("fast");
		assertThat(this.fast.type()).isEqualTo(ProviderType.GROQ);
		assertThat(this.claude.type()).isEqualTo(ProviderType.CLAUDE);
		assertThat(this.defaultClient.name()).isEqualTo("openai");
		assertThat(this.claude.complete("Hello Claude").text()).contains("Hello Claude");
		StringBuilder streamed = new StringBuilder();
		ChatResponse response = this.fast.streamComplete("Hello stream", StreamListeners.text(streamed::append));
		assertThat(response.text()).isEqualTo(streamed.toString()).contains("Hello stream");
		assertThat(this.meterRegistry.get(LlmClientMetrics.TIME_TO_FIRST_CHUNK)
			.tag("llm.client.name", "fast")
			.tag("gen_ai.provider.name", "groq")
			.tag("gen_ai.request.model", "llama-3.3-70b-versatile")
			.timer()
			.count()).isOne();
	}

	@Test
	void toolLoopCallsProxiedBeanAndRecordsMetrics() {
		assertThat(AopUtils.isAopProxy(this.weatherTools)).isTrue();
		List<Message> question = List.of(Message.user("What is the weather in Paris?"));
		ToolLoopResult first = this.tools.run(this.defaultClient, question);
		ToolLoopResult second = this.tools.run(this.defaultClient, question);
		assertThat(first.text()).contains("Sunny in Paris");
		assertThat(second.text()).contains("Sunny in Paris");
		assertThat(this.weatherTools.invocations()).as("second call answered by the cache proxy").isOne();
		assertThat(this.meterRegistry.get(LlmClientMetrics.OPERATION_DURATION)
			.tag("llm.client.name", "openai")
			.tag("gen_ai.provider.name", "openai")
			.tag("gen_ai.operation.name", "chat")
			.timer()
			.count()).isEqualTo(4);
		assertThat(this.meterRegistry.get(LlmClientMetrics.TOKEN_USAGE)
			.tag("llm.client.name", "openai")
			.tag("gen_ai.token.type", "input")
			.summary()
			.count()).isEqualTo(4);
		assertThat(this.meterRegistry.get(LlmClientMetrics.TOKEN_USAGE)
			.tag("gen_ai.token.type", "output")
			.summaries()).isNotEmpty();
		for (Meter meter : this.meterRegistry.getMeters()) {
			assertThat(meter.getId().getTags()).extracting(Tag::getValue)
				.noneMatch((value) -> value.contains("Paris") || value.contains("Hello"));
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableCaching
	static class TestApplication {

		@Bean
		CacheManager cacheManager() {
			return new ConcurrentMapCacheManager("weather");
		}

		@Bean
		WeatherTools weatherTools() {
			return new WeatherTools();
		}

	}

	static class WeatherTools {

		private final AtomicInteger invocations = new AtomicInteger();

		@LlmTool(name = "get_weather", description = "Current weather of a city")
		@Cacheable("weather")
		public String weather(String city) {
			this.invocations.incrementAndGet();
			return "Sunny in " + city;
		}

		public int invocations() {
			return this.invocations.get();
		}

	}

}

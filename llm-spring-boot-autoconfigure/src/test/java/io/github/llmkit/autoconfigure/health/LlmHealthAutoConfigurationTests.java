package io.github.llmkit.autoconfigure.health;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmInvalidRequestException;
import io.github.llmkit.LlmTransportException;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.metrics.LlmMetricsAutoConfiguration;
import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link LlmHealthAutoConfiguration}, without a server.
 */
class LlmHealthAutoConfigurationTests {

	private static final String KEY = "sk-secret-value-1234";

	private static String closedBaseUrl;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, LlmMetricsAutoConfiguration.class,
				LlmHealthAutoConfiguration.class, MetricsAutoConfiguration.class,
				CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class));

	@BeforeAll
	static void findClosedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			closedBaseUrl = "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
		}
	}

	@Test
	void shouldReportUnknownBeforeAnyCall() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=" + KEY).run((context) -> {
			Health health = health(context, "openai");
			assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
			assertThat(health.getDetails()).containsEntry("provider", "openai")
				.containsEntry("model", "gpt-4o")
				.containsEntry("recentCalls", 0);
		});
	}

	@Test
	void shouldReportUpAfterSuccessfulCallsAndDownOnBadCredentials() {
		try (MockLlmServer server = MockLlmServer.start()) {
			this.contextRunner
				.withPropertyValues("llm.providers.good.type=groq", "llm.providers.good.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.good.base-url=" + server.baseUrl("groq"), "llm.providers.bad.type=mistral",
						"llm.providers.bad.api-key=" + KEY, "llm.providers.bad.base-url=" + server.baseUrl("mistral"))
				.run((context) -> {
					context.getBean("good", LlmClient.class).complete("Hi");
					assertThatExceptionOfType(LlmAuthenticationException.class)
						.isThrownBy(() -> context.getBean("bad", LlmClient.class).complete("Hi"));
					Health good = health(context, "good");
					assertThat(good.getStatus()).isEqualTo(Status.UP);
					assertThat(good.getDetails()).containsEntry("recentCalls", 1).containsEntry("recentFailures", 0);
					Health bad = health(context, "bad");
					assertThat(bad.getStatus()).isEqualTo(Status.DOWN);
					assertThat(bad.getDetails()).containsEntry("lastError", "401");
					assertThat(bad.toString()).doesNotContain(KEY);
					assertThat(server.requestCount()).isEqualTo(2);
				});
		}
	}

	@Test
	void shouldReportDownAfterConsecutiveProviderFailures() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.base-url=" + closedBaseUrl,
					"llm.providers.openai.retries=0")
			.run((context) -> {
				LlmClient client = context.getBean(LlmClient.class);
				for (int i = 0; i < LlmClientHealthIndicator.DOWN_AFTER; i++) {
					assertThatExceptionOfType(LlmTransportException.class).isThrownBy(() -> client.complete("Hi"));
				}
				Health health = health(context, "openai");
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("recentFailures", 3)
					.containsEntry("lastError", LlmTransportException.class.getName());
				assertThat(health.toString()).doesNotContain(KEY);
			});
	}

	@Test
	void shouldIgnoreFailuresCausedByTheCaller() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=" + KEY).run((context) -> {
			LlmClient client = context.getBean(LlmClient.class);
			for (int i = 0; i < 5; i++) {
				assertThatExceptionOfType(LlmInvalidRequestException.class).isThrownBy(() -> client.chat(List.of()));
			}
			assertThat(health(context, "openai").getStatus()).isEqualTo(Status.UNKNOWN);
		});
	}

	@Test
	void shouldNotContributeWhenDisabled() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "management.health.llm.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("llmHealthContributor"));
	}

	@Test
	void shouldNotContributeWithoutClients() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean("llmHealthContributor"));
	}

	private static Health health(AssertableApplicationContext context, String name) {
		CompositeHealthContributor contributor = context.getBean("llmHealthContributor",
				CompositeHealthContributor.class);
		return ((HealthIndicator) contributor.getContributor(name)).health();
	}

}

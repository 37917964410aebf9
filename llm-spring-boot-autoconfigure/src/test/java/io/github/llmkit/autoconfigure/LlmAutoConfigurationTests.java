package io.github.llmkit.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.ProviderType;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.RecordedRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LlmAutoConfiguration}.
 */
class LlmAutoConfigurationTests {

	private static final String KEY = "sk-secret-value-1234";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class));

	@Test
	void shouldNotCreateClientsWhenNoProvidersConfigured() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(LlmClient.class);
			assertThat(context.getBean(LlmClientRegistry.class).names()).isEmpty();
		});
	}

	@Test
	void shouldCreatePrimaryClientNamedAfterOnlyEntry() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=" + KEY).run((context) -> {
			assertThat(context).hasSingleBean(LlmClient.class);
			assertThat(context).hasBean("openai");
			LlmClient client = context.getBean(LlmClient.class);
			assertThat(client.name()).isEqualTo("openai");
			assertThat(client.type()).isEqualTo(ProviderType.OPENAI);
			assertThat(client.defaultModel()).isEqualTo("gpt-4o");
			assertThat(context.getBeanFactory().getBeanDefinition("openai").isPrimary()).isTrue();
		});
	}

	@Test
	void shouldUseExplicitTypeAndSettingsOfCustomNamedEntry() {
		this.contextRunner
			.withPropertyValues("llm.providers.fast.type=groq", "llm.providers.fast.api-key=" + KEY,
					"llm.providers.fast.model=llama-3.1-8b-instant")
			.run((context) -> {
				LlmClient fast = context.getBean("fast", LlmClient.class);
				assertThat(fast.type()).isEqualTo(ProviderType.GROQ);
				assertThat(fast.name()).isEqualTo("fast");
				assertThat(fast.defaultModel()).isEqualTo("llama-3.1-8b-instant");
			});
	}

	@Test
	void shouldCreateTwoWorkingClientsOfTheSameType() {
		try (MockLlmServer server = MockLlmServer.start()) {
			String baseUrl = server.baseUrl("groq");
			this.contextRunner
				.withPropertyValues("llm.providers.fast.type=groq", "llm.providers.fast.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.fast.model=small", "llm.providers.fast.base-url=" + baseUrl,
						"llm.providers.smart.type=groq", "llm.providers.smart.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.smart.model=large", "llm.providers.smart.base-url=" + baseUrl)
				.run((context) -> {
					assertThat(context.getBeansOfType(LlmClient.class)).containsOnlyKeys("fast", "smart");
					assertThat(context.getBeanFactory().getBeanDefinition("fast").isPrimary()).isFalse();
					assertThat(context.getBeanFactory().getBeanDefinition("smart").isPrimary()).isFalse();
					context.getBean("fast", LlmClient.class).complete("one");
					context.getBean("smart", LlmClient.class).complete("two");
					assertThat(server.takeRequest().json().path("model").asString()).isEqualTo("small");
					assertThat(server.takeRequest().json().path("model").asString()).isEqualTo("large");
				});
		}
	}

	@Test
	void shouldMakeDefaultProviderPrimaryAndInjectOthersByParameterNameAndQualifier() {
		this.contextRunner.withUserConfiguration(InjectionConfiguration.class)
			.withPropertyValues("llm.default-provider=openai", "llm.providers.openai.api-key=" + KEY,
					"llm.providers.mistral.api-key=" + KEY, "llm.providers.fast.type=groq",
					"llm.providers.fast.api-key=" + KEY)
			.run((context) -> {
				Injected injected = context.getBean(Injected.class);
				assertThat(injected.fast().name()).isEqualTo("fast");
				assertThat(injected.qualified().name()).isEqualTo("mistral");
				assertThat(injected.unnamed().name()).isEqualTo("openai");
				assertThat(context.getBean(LlmClient.class).name()).isEqualTo("openai");
			});
	}

	@Test
	void shouldInjectByParameterNameWhenNoClientIsPrimary() {
		this.contextRunner.withUserConfiguration(FastOnlyConfiguration.class)
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.fast.type=groq",
					"llm.providers.fast.api-key=" + KEY)
			.run((context) -> assertThat(context.getBean(Holder.class).client().name()).isEqualTo("fast"));
	}

	@Test
	void shouldListAllClientsInRegistry() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.fast.type=groq",
					"llm.providers.fast.api-key=" + KEY, "llm.providers.ollama.model=llama3.2")
			.run((context) -> {
				LlmClientRegistry registry = context.getBean(LlmClientRegistry.class);
				assertThat(registry.names()).containsExactlyInAnyOrder("openai", "fast", "ollama");
				assertThat(registry.get("fast").type()).isEqualTo(ProviderType.GROQ);
				assertThat(registry.find("missing")).isEmpty();
				assertThatIllegalArgumentException().isThrownBy(() -> registry.get("missing"))
					.withMessageContaining("'missing'")
					.withMessageContaining("openai")
					.withMessageContaining("fast")
					.withMessageContaining("ollama");
			});
	}

	@Test
	void shouldKeepApplicationClientOfTheSameName() {
		this.contextRunner.withUserConfiguration(UserClientConfiguration.class)
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.model=from-properties")
			.run((context) -> {
				assertThat(context).hasSingleBean(LlmClient.class);
				assertThat(context.getBean("openai", LlmClient.class).defaultModel()).isEqualTo("from-user");
				assertThat(context.getBean(LlmClientRegistry.class).get("openai").defaultModel())
					.isEqualTo("from-user");
			});
	}

	@Test
	void shouldApplyCustomizersInOrderToEveryClient() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class)
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.fast.type=groq",
					"llm.providers.fast.api-key=" + KEY)
			.run((context) -> {
				assertThat(context.getBean("openai", LlmClient.class).defaultModel()).isEqualTo("second-openai");
				assertThat(context.getBean("fast", LlmClient.class).defaultModel()).isEqualTo("second-fast");
				@SuppressWarnings("unchecked")
				List<String> calls = context.getBean("customizerCalls", List.class);
				assertThat(calls).containsExactlyInAnyOrder("first:openai", "second:openai", "first:fast",
						"second:fast");
				assertThat(calls.indexOf("first:fast")).isLessThan(calls.indexOf("second:fast"));
			});
	}

	@Test
	void shouldNotRequireApiKeyForOllama() {
		this.contextRunner.withPropertyValues("llm.providers.local.type=ollama")
			.run((context) -> assertThat(context.getBean("local", LlmClient.class).type())
				.isEqualTo(ProviderType.OLLAMA));
	}

	@Test
	void shouldSendAttributionAndCustomHeadersOfOpenRouterEntry() {
		try (MockLlmServer server = MockLlmServer.start()) {
			this.contextRunner
				.withPropertyValues("llm.providers.router.type=openrouter",
						"llm.providers.router.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.router.base-url=" + server.baseUrl("openrouter"),
						"llm.providers.router.app-url=https://app.example", "llm.providers.router.app-title=Demo App",
						"llm.providers.router.custom-headers.X-Team=blue", "llm.providers.router.model=openai/gpt-4o-mini")
				.run((context) -> {
					assertThat(context.getBean("router", LlmClient.class).complete("Hi").text()).contains("Hi");
					RecordedRequest request = server.takeRequest();
					assertThat(request.header("authorization")).isEqualTo("Bearer " + MockLlmServer.API_KEY);
					assertThat(request.header("http-referer")).isEqualTo("https://app.example");
					assertThat(request.header("x-title")).isEqualTo("Demo App");
					assertThat(request.header("x-team")).isEqualTo("blue");
					assertThat(request.json().path("model").asString()).isEqualTo("openai/gpt-4o-mini");
				});
		}
	}

	@Test
	void shouldStartWithoutActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
			.withPropertyValues("llm.providers.openai.api-key=" + KEY)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean("llmSanitizingFunction");
				assertThat(context).hasSingleBean(LlmClient.class);
			});
	}

	@Test
	void shouldTreatBlankBaseUrlAsUnset() {
		this.contextRunner.withPropertyValues("llm.providers.ollama.base-url=")
			.run((context) -> assertThat(context).hasSingleBean(LlmClient.class));
	}

	@Test
	void shouldCloseClientsWithTheContext() {
		try (MockLlmServer server = MockLlmServer.start()) {
			AtomicReference<LlmClient> client = new AtomicReference<>();
			this.contextRunner
				.withPropertyValues("llm.providers.openai.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.openai.base-url=" + server.baseUrl("openai"))
				.run((context) -> {
					client.set(context.getBean(LlmClient.class));
					assertThat(client.get().complete("Hi").text()).contains("Hi");
				});
			assertThatException().isThrownBy(() -> client.get().complete("Again"));
			assertThat(server.requestCount()).isOne();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class InjectionConfiguration {

		@Bean
		Injected injected(LlmClient fast, @Qualifier("mistral") LlmClient qualified, LlmClient unnamed) {
			return new Injected(fast, qualified, unnamed);
		}

	}

	record Injected(LlmClient fast, LlmClient qualified, LlmClient unnamed) {

	}

	@Configuration(proxyBeanMethods = false)
	static class FastOnlyConfiguration {

		@Bean
		Holder holder(LlmClient fast) {
			return new Holder(fast);
		}

	}

	record Holder(LlmClient client) {

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientConfiguration {

		@Bean
		LlmClient openai() {
			return LlmClients.create(ProviderType.OPENAI, ClientConfig.builder().apiKey(KEY).model("from-user").build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		List<String> customizerCalls() {
			return new ArrayList<>();
		}

		@Bean
		@Order(2)
		LlmClientCustomizer second(List<String> customizerCalls) {
			return (name, builder) -> {
				customizerCalls.add("second:" + name);
				builder.model("second-" + name);
			};
		}

		@Bean
		@Order(1)
		LlmClientCustomizer first(List<String> customizerCalls) {
			return (name, builder) -> {
				customizerCalls.add("first:" + name);
				builder.model("first-" + name);
			};
		}

	}

}

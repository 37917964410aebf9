package io.github.llmkit.autoconfigure;

import java.util.Map;

import io.github.llmkit.LlmAuthenticationException;
import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.dotenv.DotenvEnvironmentPostProcessor;
import io.github.llmkit.test.MockLlmServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that API keys stay out of actuator endpoints, even when they show values, and out of
 * {@code toString()}, logs and exception messages.
 */
@ExtendWith(OutputCaptureExtension.class)
class LlmSecretsTests {

	private static final String KEY = "sk-secret-value-1234";

	private static final String HEADER_SECRET = "hdr-secret-5678";

	private static final String DOTENV_SECRET = "dotenv-secret-9012";

	private static final String RELAXED_SECRET = "relaxed-secret-3456";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class, EndpointAutoConfiguration.class,
				ConfigurationPropertiesReportEndpointAutoConfiguration.class,
				EnvironmentEndpointAutoConfiguration.class))
		.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource(DotenvEnvironmentPostProcessor.PROPERTY_SOURCE_NAME,
					Map.of("GROQ_API_KEY", DOTENV_SECRET))))
		.withPropertyValues("management.endpoints.jmx.exposure.include=*", "management.endpoints.web.exposure.include=*",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"llm.providers.openai.api-key=" + KEY, "llm.providers.openai.custom-headers.X-Token=" + HEADER_SECRET,
				"llm.providers.openai.model=gpt-4o-mini");

	@Test
	void configpropsEndpointHidesApiKeyAndHeaderValues() {
		this.contextRunner.run((context) -> {
			ConfigurationPropertiesReportEndpoint endpoint = context.getBean(ConfigurationPropertiesReportEndpoint.class);
			String report = json.writeValueAsString(endpoint.configurationProperties());
			assertThat(report).contains("gpt-4o-mini").contains("******");
			assertThat(report).doesNotContain(KEY).doesNotContain(HEADER_SECRET);
		});
	}

	@Test
	void envEndpointHidesApiKeyHeaderValuesAndDotenvValues() {
		this.contextRunner.run((context) -> {
			EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);
			String environment = json.writeValueAsString(endpoint.environment(null));
			assertThat(environment).contains("gpt-4o-mini");
			assertThat(environment).doesNotContain(KEY).doesNotContain(HEADER_SECRET).doesNotContain(DOTENV_SECRET);
			String entry = json.writeValueAsString(endpoint.environmentEntry("llm.providers.openai.api-key"));
			assertThat(entry).doesNotContain(KEY).contains("******");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "llm.providers.groq.api_key", "llm.providers.groq.apiKey", "llm.providers.groq.API-KEY",
			"llm.providers[groq].api-key", "llm.providers.groq.custom_headers.X-Token",
			"llm.providers.groq.customHeaders[X-Token]", "llm.providers.groq.custom-headers[x.token]" })
	void envAndConfigpropsEndpointsHideSecretsInEveryRelaxedPropertySpelling(String key) {
		this.contextRunner.withPropertyValues(key + "=" + RELAXED_SECRET, "llm.providers.groq.model=llama")
			.withPropertyValues(headerOnly(key))
			.run((context) -> assertRelaxedSecretBoundButHidden(context, key));
	}

	@ParameterizedTest
	@ValueSource(strings = { "LLM_PROVIDERS_GROQ_API_KEY", "LLM_PROVIDERS_GROQ_APIKEY", "llm_providers_groq_api_key",
			"LLM_PROVIDERS_GROQ_CUSTOMHEADERS_XTOKEN" })
	void envAndConfigpropsEndpointsHideSecretsSetAsEnvironmentVariables(String variable) {
		this.contextRunner
			.withInitializer((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource(
						StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						Map.of(variable, RELAXED_SECRET, "LLM_PROVIDERS_GROQ_MODEL", "llama"))))
			.withPropertyValues(headerOnly(variable))
			.run((context) -> assertRelaxedSecretBoundButHidden(context, variable));
	}

	private static String headerOnly(String key) {
		return (key.toLowerCase(java.util.Locale.ROOT).contains("header")) ? "llm.providers.groq.api-key=" + KEY
				: "llm.providers.groq.temperature=0.5";
	}

	private static void assertRelaxedSecretBoundButHidden(
			org.springframework.context.ApplicationContext context, String key) {
		LlmProperties.Provider groq = context.getBean(LlmProperties.class).getProviders().get("groq");
		assertThat(groq).as("binding of %s", key).isNotNull();
		assertThat(RELAXED_SECRET.equals(groq.getApiKey()) || groq.getCustomHeaders().containsValue(RELAXED_SECRET))
			.as("%s binds", key)
			.isTrue();
		String environment = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));
		assertThat(environment).contains("llama").doesNotContain(RELAXED_SECRET);
		String report = json.writeValueAsString(
				context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());
		assertThat(report).contains("llama").doesNotContain(RELAXED_SECRET);
	}

	@Test
	void requestLoggingAndFailuresNeverShowApiKey(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("io.github.llmkit", LogLevel.DEBUG);
		try (MockLlmServer server = MockLlmServer.start()) {
			this.contextRunner
				.withPropertyValues("llm.providers.openai.base-url=" + server.baseUrl("openai"),
						"llm.providers.openai.log-requests=true", "llm.providers.openai.retries=0")
				.run((context) -> {
					LlmClient client = context.getBean(LlmClient.class);
					assertThatExceptionOfType(LlmAuthenticationException.class)
						.isThrownBy(() -> client.complete("Hello"))
						.satisfies((ex) -> assertThat(ex).hasMessageNotContaining(KEY));
					assertThat(server.takeRequest().header("authorization")).isEqualTo("Bearer " + KEY);
				});
			assertThat(output).contains("answered HTTP 401").contains("Authorization").doesNotContain(KEY);
		}
		finally {
			logging.setLogLevel("io.github.llmkit", null);
		}
	}

	@Test
	void clientsAndPropertiesNeverPrintApiKey() {
		this.contextRunner.run((context) -> {
			assertThat(context.getBean(LlmClient.class).toString()).doesNotContain(KEY);
			assertThat(context.getBean(LlmClientRegistry.class).toString()).doesNotContain(KEY);
			assertThat(context.getBean(LlmProperties.class).getProviders().toString()).doesNotContain(KEY);
		});
	}

}

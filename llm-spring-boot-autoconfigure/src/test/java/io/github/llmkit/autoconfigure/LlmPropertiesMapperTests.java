package io.github.llmkit.autoconfigure;

import java.time.Duration;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.ProviderType;
import io.github.llmkit.autoconfigure.LlmProperties.Provider;
import io.github.llmkit.ratelimit.TokenBucketRateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link LlmPropertiesMapper}.
 */
class LlmPropertiesMapperTests {

	@Test
	void toConfigMapsEverySetting() {
		Provider provider = new Provider();
		provider.setApiKey("sk-secret-value-1234");
		provider.setBaseUrl("http://127.0.0.1:8080/v1/");
		provider.setModel("m");
		provider.setTemperature(0.2);
		provider.setMaxTokens(99);
		provider.setTimeout(Duration.ofSeconds(5));
		provider.setConnectTimeout(Duration.ofSeconds(2));
		provider.setStreamIdleTimeout(Duration.ofSeconds(3));
		provider.setRetries(0);
		provider.setRetryDelay(Duration.ofMillis(250));
		provider.getCustomHeaders().put("X-Team", "blue");
		provider.setEmbeddingModel("e");
		provider.setAppUrl("https://app.example");
		provider.setAppTitle("Demo");
		provider.setLogRequests(true);
		ClientConfig config = LlmPropertiesMapper.toConfig("router", provider).build();
		assertThat(config.name()).isEqualTo("router");
		assertThat(config.apiKey()).isEqualTo("sk-secret-value-1234");
		assertThat(config.baseUrl()).isEqualTo("http://127.0.0.1:8080/v1");
		assertThat(config.model()).isEqualTo("m");
		assertThat(config.temperature()).isEqualTo(0.2);
		assertThat(config.maxTokens()).isEqualTo(99);
		assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(config.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(config.retries()).isZero();
		assertThat(config.retryDelay()).isEqualTo(Duration.ofMillis(250));
		assertThat(config.headers()).containsOnly(entry("X-Team", "blue"));
		assertThat(config.embeddingModel()).isEqualTo("e");
		assertThat(config.appUrl()).isEqualTo("https://app.example");
		assertThat(config.appTitle()).isEqualTo("Demo");
		assertThat(config.logRequests()).isTrue();
		assertThat(config.rateLimiter()).isNull();
		assertThat(config.toString()).doesNotContain("sk-secret-value-1234");
	}

	@Test
	void propertyDefaultsMatchClientConfigDefaults() {
		ClientConfig fromProperties = LlmPropertiesMapper.toConfig("openai", new Provider()).build();
		ClientConfig defaults = ClientConfig.builder().name("openai").build();
		assertThat(fromProperties.temperature()).isEqualTo(defaults.temperature());
		assertThat(fromProperties.maxTokens()).isEqualTo(defaults.maxTokens());
		assertThat(fromProperties.timeout()).isEqualTo(defaults.timeout());
		assertThat(fromProperties.connectTimeout()).isEqualTo(defaults.connectTimeout());
		assertThat(fromProperties.streamIdleTimeout()).isEqualTo(defaults.streamIdleTimeout());
		assertThat(fromProperties.retries()).isEqualTo(defaults.retries());
		assertThat(fromProperties.retryDelay()).isEqualTo(defaults.retryDelay());
		assertThat(fromProperties.logRequests()).isFalse();
		assertThat(new LlmProperties().getTools().getMaxIterations()).isEqualTo(8);
		assertThat(new LlmProperties().getDotenv().isEnabled()).isTrue();
	}

	@Test
	void toConfigMapsTransportLimits() {
		Provider provider = new Provider();
		provider.setApiKey("sk-secret-value-1234");
		provider.setStreamTimeout(Duration.ofMinutes(5));
		provider.setMaxConnections(50_000);
		provider.setConnectionWait(Duration.ofSeconds(2));
		provider.setMaxResponseSize(DataSize.ofMegabytes(200));
		ClientConfig config = LlmPropertiesMapper.toConfig("openai", provider).build();
		assertThat(config.streamTimeout()).isEqualTo(Duration.ofMinutes(5));
		assertThat(config.maxConnections()).isEqualTo(50_000);
		assertThat(config.connectionWait()).isEqualTo(Duration.ofSeconds(2));
		assertThat(config.maxResponseSize()).isEqualTo(200L * 1024 * 1024);
	}

	@Test
	void transportLimitDefaultsMatchTheCoreDefaults() {
		ClientConfig fromProperties = LlmPropertiesMapper.toConfig("openai", new Provider()).build();
		assertThat(fromProperties.streamTimeout()).isNull();
		assertThat(fromProperties.maxConnections()).isEqualTo(ClientConfig.DEFAULT_MAX_CONNECTIONS);
		assertThat(fromProperties.connectionWait()).isEqualTo(ClientConfig.DEFAULT_CONNECTION_WAIT);
		assertThat(fromProperties.maxResponseSize()).isEqualTo(ClientConfig.DEFAULT_MAX_RESPONSE_SIZE);
	}

	@Test
	void toConfigWhenRateLimitSetAddsTokenBucket() {
		Provider provider = new Provider();
		provider.getRateLimit().setRequestsPerMinute(30);
		provider.getRateLimit().setTokensPerMinute(10000);
		assertThat(LlmPropertiesMapper.toConfig("fast", provider).build().rateLimiter())
			.isInstanceOf(TokenBucketRateLimiter.class);
	}

	@Test
	void toConfigWhenOnlyTokensPerMinuteSetStillLimits() {
		Provider provider = new Provider();
		provider.getRateLimit().setTokensPerMinute(10000);
		assertThat(LlmPropertiesMapper.toConfig("fast", provider).build().rateLimiter())
			.isInstanceOf(TokenBucketRateLimiter.class);
	}

	@Test
	void typeDefaultsToEntryNameAndExplicitTypeWins() {
		Provider provider = new Provider();
		assertThat(LlmPropertiesMapper.type("deepseek", provider)).isEqualTo(ProviderType.DEEPSEEK);
		provider.setType("openrouter");
		assertThat(LlmPropertiesMapper.type("deepseek", provider)).isEqualTo(ProviderType.OPENROUTER);
	}

	@Test
	void providerToStringHidesApiKey() {
		Provider provider = new Provider();
		provider.setApiKey("sk-secret-value-1234");
		assertThat(provider.toString()).doesNotContain("sk-secret-value-1234").contains("******");
	}

}

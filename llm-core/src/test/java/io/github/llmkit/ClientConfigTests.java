package io.github.llmkit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.llmkit.chat.ChatOptions;
import io.github.llmkit.http.Sleeper;
import io.github.llmkit.observation.ClientEventListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientConfigTests {

	@Test
	void builderHasSeedDefaults() {
		ClientConfig config = ClientConfig.builder().build();
		assertThat(config.temperature()).isEqualTo(0.7);
		assertThat(config.maxTokens()).isEqualTo(1024);
		assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(120));
		assertThat(config.retries()).isEqualTo(3);
		assertThat(config.retryDelay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(config.maxRetryDelay()).isEqualTo(Duration.ofSeconds(30));
		assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(config.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(60));
		assertThat(config.maxConnections()).isEqualTo(20);
		assertThat(config.headers()).isEmpty();
		assertThat(config.sleeper()).isSameAs(Sleeper.SYSTEM);
		assertThat(config.eventListener()).isSameAs(ClientEventListener.NONE);
		assertThat(config.apiKey()).isNull();
		assertThat(config.hasApiKey()).isFalse();
	}

	@Test
	void buildRejectsNonPositiveMaxTokens() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().maxTokens(0).build())
			.withMessageContaining("'maxTokens' must be positive");
	}

	@Test
	void buildRejectsTemperatureOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().temperature(2.5).build())
			.withMessageContaining("'temperature' must be between 0 and 2");
	}

	@Test
	void buildRejectsNegativeRetries() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().retries(-1).build())
			.withMessageContaining("'retries' must not be negative");
	}

	@Test
	void buildRejectsNonPositiveDurations() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().timeout(Duration.ZERO).build())
			.withMessageContaining("'timeout'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConfig.builder().retryDelay(Duration.ofSeconds(-1)).build())
			.withMessageContaining("'retryDelay'");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().streamIdleTimeout(null).build())
			.withMessageContaining("'streamIdleTimeout'");
	}

	@Test
	void buildRejectsBadPoolSizeAndBlankName() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().maxConnections(0).build())
			.withMessageContaining("'maxConnections' must be positive");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().name(" ").build())
			.withMessageContaining("'name' must not be blank");
	}

	@Test
	void buildRejectsBaseUrlThatIsNotHttp() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().baseUrl("ftp://host/v1").build())
			.withMessageContaining("'baseUrl' must be an absolute http or https URL");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().baseUrl("not a url").build())
			.withMessageContaining("'baseUrl'");
	}

	@Test
	void buildRejectsBaseUrlWithKeyInQueryWithoutShowingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConfig.builder().baseUrl("https://host/v1?key=secret-value").build())
			.withMessageContaining("'baseUrl' must not contain user info, a query or a fragment")
			.withMessageNotContaining("secret-value");
	}

	@Test
	void buildRejectsBaseUrlWithFragment() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConfig.builder().baseUrl("https://host/v1#part").build())
			.withMessageContaining("'baseUrl' must not contain user info, a query or a fragment");
	}

	@Test
	void buildRejectsNaNTemperature() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().temperature(Double.NaN).build())
			.withMessage("'temperature' must be between 0 and 2, was NaN");
	}

	@Test
	void buildStripsTrailingSlashesFromBaseUrl() {
		assertThat(ClientConfig.builder().baseUrl("http://127.0.0.1:8080/v1//").build().baseUrl())
			.isEqualTo("http://127.0.0.1:8080/v1");
	}

	@Test
	void toStringMasksApiKey() {
		ClientConfig config = ClientConfig.builder().apiKey("sk-very-secret").header("X-Custom", "1").build();
		assertThat(config.toString()).doesNotContain("sk-very-secret").contains("apiKey=******");
	}

	@Test
	void toStringShowsNoHeaderValue() {
		ClientConfig config = ClientConfig.builder()
			.header("Authorization", "Bearer sk-header-secret")
			.header("x-api-key", "sk-ant-secret")
			.header("X-Custom", "custom-secret")
			.build();
		assertThat(config.toString()).doesNotContain("sk-header-secret", "sk-ant-secret", "custom-secret")
			.contains("Authorization");
	}

	@Test
	void buildRejectsNullHeaderNameOrValueNamingTheHeader() {
		Map<String, String> nullValue = new HashMap<>();
		nullValue.put("X-Team", null);
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().headers(nullValue).build())
			.withMessage("'headers.X-Team' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().header(null, "v").build())
			.withMessage("'headers' must not contain the invalid header name 'null'");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().header("X Team", "v").build())
			.withMessage("'headers' must not contain the invalid header name 'X Team'");
	}

	@Test
	void buildRejectsLineBreakInHeaderValueWithoutShowingIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConfig.builder().header("X-Token", "secret\r\nX-Evil: 1").build())
			.withMessage("'headers.X-Token' must not contain a line break");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().appTitle("a\nb").build())
			.withMessage("'appTitle' must not contain a line break");
	}

	@Test
	void buildRejectsHeadersTheClientSetsPerRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConfig.builder().header("content-length", "3").build())
			.withMessage("'headers' must not set 'content-length': the client sets it for each request");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().header("Accept", "*/*").build())
			.withMessage("'headers' must not set 'Accept': the client sets it for each request");
	}

	@Test
	void buildRejectsSameHeaderTwiceInDifferentCase() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClientConfig.builder().header("X-Team", "a").header("x-team", "b").build())
			.withMessage("'headers' must not set one header twice, was 'X-Team' and 'x-team'");
	}

	@Test
	void buildRejectsApiKeyWithWhitespaceWithoutShowingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().apiKey("sk-secret\n").build())
			.withMessage("'apiKey' must not contain whitespace or control characters");
		assertThat(ClientConfig.builder().apiKey(" ").build().hasApiKey()).isFalse();
	}

	@Test
	void buildRejectsBlankModels() {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().model("").build())
			.withMessage("'model' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().embeddingModel(" ").build())
			.withMessage("'embeddingModel' must not be blank");
	}

	@Test
	void toBuilderCopiesEverySetting() {
		ClientConfig config = ClientConfig.builder()
			.name("fast")
			.apiKey("key")
			.model("m")
			.baseUrl("http://127.0.0.1:1/v1")
			.temperature(0.2)
			.maxTokens(99)
			.timeout(Duration.ofSeconds(5))
			.retries(1)
			.header("A", "b")
			.embeddingModel("e")
			.appUrl("https://app")
			.appTitle("App")
			.logRequests(true)
			.build();
		assertThat(config.toBuilder().build()).isEqualTo(config);
		assertThat(config.toBuilder().maxTokens(5).build().maxTokens()).isEqualTo(5);
		assertThat(config.maxTokens()).isEqualTo(99);
	}

	@Test
	void headersAreCopied() {
		ClientConfig.Builder builder = ClientConfig.builder().header("A", "1");
		ClientConfig config = builder.build();
		builder.header("B", "2");
		assertThat(config.headers()).containsOnlyKeys("A");
	}

	@Test
	void defaultOptionsCarryModelSamplingAndTransportSettings() {
		ChatOptions options = ClientConfig.builder()
			.model("m")
			.temperature(0.1)
			.maxTokens(10)
			.timeout(Duration.ofSeconds(9))
			.retries(0)
			.build()
			.defaultOptions();
		assertThat(options.model()).isEqualTo("m");
		assertThat(options.temperature()).isEqualTo(0.1);
		assertThat(options.maxTokens()).isEqualTo(10);
		assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(9));
		assertThat(options.retries()).isZero();
	}

	@Test
	void nullTemperatureAndMaxTokensMeanSendNone() {
		ChatOptions options = ClientConfig.builder().temperature(null).maxTokens(null).build().defaultOptions();
		assertThat(options.temperature()).isNull();
		assertThat(options.maxTokens()).isNull();
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "a\u0000b", "a\u0085b", "a\u2028b", "a\u2029b", "a\u0007b",
			"a\u007Fb", "a\u009Bb" })
	void headerValuesWithControlOrLineSeparatorCharactersAreRefused(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().header("X-Team", value).build())
			.withMessageStartingWith("'headers.X-Team' must not contain the control or line separator character U+")
			.withMessageContaining("at index 1");
		assertThatIllegalArgumentException().isThrownBy(() -> ClientConfig.builder().appTitle(value).build())
			.withMessageStartingWith("'appTitle' must not contain");
	}

	@Test
	void headerValuesMayHoldTabsAndNonAsciiText() {
		assertThat(ClientConfig.builder().header("X-Team", "a\tb \u00e9").build().headers()).containsEntry("X-Team",
				"a\tb \u00e9");
	}

}

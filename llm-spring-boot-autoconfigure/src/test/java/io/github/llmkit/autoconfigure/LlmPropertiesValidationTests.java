package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the start-up validation of {@code llm.*} properties through {@link LlmAutoConfiguration}.
 */
class LlmPropertiesValidationTests {

	private static final String KEY = "sk-secret-value-1234";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(LlmAutoConfiguration.class));

	@Test
	void startupWhenTypeIsUnknownFailsNamingTypeProperty() {
		this.contextRunner.withPropertyValues("llm.providers.fast.type=groqq", "llm.providers.fast.api-key=" + KEY)
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.fast.type");
				assertThat(problem.reason()).contains("'groqq'");
				assertThat(problem.action()).contains("openai").contains("mistral");
			}));
	}

	@Test
	void startupWhenNameIsNoTypeAndTypeMissingFailsNamingTypeProperty() {
		this.contextRunner.withPropertyValues("llm.providers.fast.api-key=" + KEY)
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.fast.type");
				assertThat(problem.reason()).contains("is not set");
			}));
	}

	@Test
	void startupWhenApiKeyMissingFailsNamingApiKeyProperty() {
		this.contextRunner.withPropertyValues("llm.providers.claude.model=claude-sonnet-4-6")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.claude.api-key");
				assertThat(problem.reason()).contains("claude");
				assertThat(problem.action()).contains("ANTHROPIC_API_KEY");
			}));
	}

	@Test
	void startupWhenApiKeyIsUnresolvedPlaceholderFailsNamingVariable() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=${LLMKIT_TEST_UNDEFINED_KEY}")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.openai.api-key");
				assertThat(problem.reason()).contains("LLMKIT_TEST_UNDEFINED_KEY");
			}));
	}

	@Test
	void startupWhenCustomHeaderOverridesAReservedHeaderFailsNamingCustomHeadersProperty() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.custom-headers.Accept=x")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.openai.custom-headers");
				assertThat(problem.reason()).contains("Accept");
			}));
	}

	@Test
	void startupWhenApiKeyHoldsWhitespaceFailsNamingApiKeyPropertyWithoutShowingIt() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=" + KEY + " trailing")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.openai.api-key");
				assertThat(problem.reason()).contains("whitespace").doesNotContain(KEY);
			}));
	}

	@Test
	void startupWhenBaseUrlInvalidFailsNamingBaseUrlProperty() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.base-url=api.openai.com")
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.providers.openai.base-url");
				assertThat(problem.reason()).contains("'api.openai.com'");
			}));
	}

	@Test
	void startupWhenBaseUrlHoldsCredentialsFailsWithoutShowingIt() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY,
					"llm.providers.openai.base-url=https://user:" + KEY + "@api.openai.com/v1")
			.run((context) -> {
				assertThat(problems(context)).extracting(Problem::property)
					.containsExactly("llm.providers.openai.base-url");
				assertThat(context.getStartupFailure()).hasMessageNotContaining(KEY);
			});
	}

	@Test
	void startupWhenValuesNegativeFailsNamingEachProperty() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.temperature=-0.5",
					"llm.providers.openai.max-tokens=0", "llm.providers.openai.timeout=-1s",
					"llm.providers.openai.connect-timeout=0s", "llm.providers.openai.stream-idle-timeout=-5s",
					"llm.providers.openai.retries=-1", "llm.providers.openai.retry-delay=-1ms",
					"llm.providers.openai.rate-limit.requests-per-minute=-3",
					"llm.providers.openai.rate-limit.tokens-per-minute=0", "llm.tools.max-iterations=0")
			.run((context) -> {
				List<Problem> problems = problems(context);
				assertThat(problems).extracting(Problem::property)
					.containsExactly("llm.providers.openai.temperature", "llm.providers.openai.max-tokens",
							"llm.providers.openai.timeout", "llm.providers.openai.connect-timeout",
							"llm.providers.openai.stream-idle-timeout", "llm.providers.openai.retry-delay",
							"llm.providers.openai.retries", "llm.providers.openai.rate-limit.requests-per-minute",
							"llm.providers.openai.rate-limit.tokens-per-minute", "llm.tools.max-iterations");
				assertThat(problems).extracting(Problem::reason).contains("must be a positive duration, was -1s");
			});
	}

	@Test
	void transportLimitsMustBePositive() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=" + KEY, "llm.providers.openai.stream-timeout=0s",
					"llm.providers.openai.connection-wait=-1s", "llm.providers.openai.max-connections=0",
					"llm.providers.openai.max-response-size=0B")
			.run((context) -> assertThat(problems(context)).extracting(Problem::property)
				.containsExactly("llm.providers.openai.stream-timeout", "llm.providers.openai.connection-wait",
						"llm.providers.openai.max-connections", "llm.providers.openai.max-response-size"));
	}

	@Test
	void startupWhenDefaultProviderNamesNoEntryFailsListingEntries() {
		this.contextRunner
			.withPropertyValues("llm.default-provider=claude", "llm.providers.openai.api-key=" + KEY,
					"llm.providers.fast.type=groq", "llm.providers.fast.api-key=" + KEY)
			.run((context) -> assertThat(problems(context)).singleElement().satisfies((problem) -> {
				assertThat(problem.property()).isEqualTo("llm.default-provider");
				assertThat(problem.action()).contains("openai, fast");
			}));
	}

	@Test
	void startupWithSeveralProblemsFailsOnceListingEveryProblemWithoutKeys() {
		this.contextRunner
			.withPropertyValues("llm.default-provider=nope", "llm.providers.openai.api-key=" + KEY,
					"llm.providers.openai.base-url=ftp://host", "llm.providers.fast.api-key=" + KEY,
					"llm.providers.claude.temperature=3", "llm.providers.groq.api-key=")
			.run((context) -> {
				assertThat(problems(context)).extracting(Problem::property)
					.containsExactlyInAnyOrder("llm.providers.openai.base-url", "llm.providers.fast.type",
							"llm.providers.claude.api-key", "llm.providers.claude.temperature",
							"llm.providers.groq.api-key", "llm.default-provider");
				FailureAnalysis analysis = new InvalidLlmPropertiesFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("6 problems")
					.contains("llm.providers.fast.type")
					.contains("llm.default-provider")
					.doesNotContain(KEY);
				assertThat(analysis.getAction()).contains("llm.providers.claude.api-key").doesNotContain(KEY);
				assertThat(context.getStartupFailure()).hasMessageNotContaining(KEY);
			});
	}

	private static List<Problem> problems(AssertableApplicationContext context) {
		assertThat(context).hasFailed();
		Throwable cause = context.getStartupFailure();
		while (cause != null && !(cause instanceof InvalidLlmPropertiesException)) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(InvalidLlmPropertiesException.class);
		return ((InvalidLlmPropertiesException) cause).problems();
	}

}

package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link InvalidLlmPropertiesFailureAnalyzer}.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidLlmPropertiesFailureAnalyzerTests {

	@Test
	void analyzeListsEveryProblemWithItsPropertyAndAction() {
		InvalidLlmPropertiesException exception = new InvalidLlmPropertiesException(List.of(
				new Problem("llm.providers.fast.type", "is 'x', which is not a provider type", "set it to groq"),
				new Problem("llm.providers.openai.api-key", "is required", "set it to ${OPENAI_API_KEY}")));
		FailureAnalysis analysis = new InvalidLlmPropertiesFailureAnalyzer()
			.analyze(new BeanCreationException("wrapper", exception));
		assertThat(analysis.getDescription()).contains("2 problems")
			.contains("llm.providers.fast.type is 'x', which is not a provider type")
			.contains("llm.providers.openai.api-key is required");
		assertThat(analysis.getAction()).contains("llm.providers.fast.type: set it to groq")
			.contains("llm.providers.openai.api-key: set it to ${OPENAI_API_KEY}");
		assertThat(analysis.getCause()).isSameAs(exception);
	}

	@Test
	void analyzeWhenOtherFailureReturnsNull() {
		assertThat(new InvalidLlmPropertiesFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

	@Test
	void applicationWithInvalidPropertiesReportsThroughRegisteredAnalyzer(CapturedOutput output) {
		SpringApplication application = new SpringApplication(EmptyApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(java.util.Map.of("llm.providers.fast.api-key", "sk-do-not-print-1234",
				"llm.providers.claude.model", "claude-sonnet-4-6", "llm.dotenv.enabled", "false"));
		assertThatException().isThrownBy(application::run);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The llm configuration has 2 problems")
			.contains("llm.providers.fast.type")
			.contains("llm.providers.claude.api-key")
			.doesNotContain("sk-do-not-print-1234");
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(LlmAutoConfiguration.class)
	static class EmptyApplication {

	}

}

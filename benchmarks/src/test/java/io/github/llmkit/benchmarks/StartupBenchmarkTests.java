package io.github.llmkit.benchmarks;

import io.github.llmkit.LlmClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two applications of {@link StartupBenchmark} start as described: nine clients, or none.
 */
class StartupBenchmarkTests {

	@Test
	void llmkitApplicationHasOneClientPerProviderType() {
		try (ConfigurableApplicationContext context = run("llmkit")) {
			assertThat(context.getBeansOfType(LlmClient.class)).containsOnlyKeys("openai", "claude", "gemini", "grok",
					"groq", "openrouter", "ollama", "deepseek", "mistral");
		}
	}

	@Test
	void bareApplicationHasNoClients() {
		try (ConfigurableApplicationContext context = run("bare")) {
			assertThat(context.getBeansOfType(LlmClient.class)).isEmpty();
		}
	}

	private static ConfigurableApplicationContext run(String app) {
		SpringApplication application = new SpringApplication(StartupBenchmark.App.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(StartupBenchmark.arguments(app));
	}

}

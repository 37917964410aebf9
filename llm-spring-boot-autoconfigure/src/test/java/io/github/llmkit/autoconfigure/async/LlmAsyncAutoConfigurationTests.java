package io.github.llmkit.autoconfigure.async;

import java.util.List;

import io.github.llmkit.LlmClient;
import io.github.llmkit.async.AsyncLlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.chat.Message;
import io.github.llmkit.reactor.ReactorLlmClient;
import io.github.llmkit.test.MockLlmServer;
import io.github.llmkit.test.MockReply;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LlmAsyncAutoConfiguration}.
 */
class LlmAsyncAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(LlmAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
					LlmAsyncAutoConfiguration.class));

	@Test
	void shouldWrapTheOnlyClientAndRunOnTheDefaultExecutor() {
		try (MockLlmServer server = MockLlmServer.start()) {
			server.enqueue(MockReply.text("async hello"));
			this.contextRunner
				.withPropertyValues("llm.providers.openai.api-key=" + MockLlmServer.API_KEY,
						"llm.providers.openai.base-url=" + server.baseUrl("openai"))
				.run((context) -> {
					AsyncLlmClient async = context.getBean(AsyncLlmClient.class);
					assertThat(async.client()).isSameAs(context.getBean("openai", LlmClient.class));
					assertThat(async.executor()).isSameAs(AsyncLlmClient.defaultExecutor());
					assertThat(async.chat(List.of(Message.user("Hi"))).join().text()).isEqualTo("async hello");
					assertThat(context.getBean(ReactorLlmClient.class).async()).isSameAs(async);
				});
		}
	}

	@Test
	void shouldUseBootsVirtualThreadExecutorWhenVirtualThreadsAreEnabled() {
		this.contextRunner.withPropertyValues("llm.providers.openai.api-key=sk-test", "spring.threads.virtual.enabled=true")
			.run((context) -> {
				Object expected = (Runtime.version().feature() >= 21) ? context.getBean("applicationTaskExecutor")
						: AsyncLlmClient.defaultExecutor();
				assertThat(context.getBean(AsyncLlmClient.class).executor()).isSameAs(expected);
			});
	}

	@Test
	void shouldWrapThePrimaryClientAmongSeveral() {
		this.contextRunner
			.withPropertyValues("llm.providers.openai.api-key=sk-test", "llm.providers.claude.api-key=sk-test",
					"llm.default-provider=claude")
			.run((context) -> assertThat(context.getBean(AsyncLlmClient.class).client().name()).isEqualTo("claude"));
	}

	@Test
	void shouldBackOffWithoutClients() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(AsyncLlmClient.class)
			.doesNotHaveBean(ReactorLlmClient.class));
	}

	@Test
	void shouldSkipTheReactorFormWithoutLlmReactor() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ReactorLlmClient.class))
			.withPropertyValues("llm.providers.openai.api-key=sk-test")
			.run((context) -> assertThat(context).hasSingleBean(AsyncLlmClient.class)
				.doesNotHaveBean(ReactorLlmClient.class));
	}

}

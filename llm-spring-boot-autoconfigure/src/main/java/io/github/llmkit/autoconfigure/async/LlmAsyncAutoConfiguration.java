package io.github.llmkit.autoconfigure.async;

import java.util.concurrent.Executor;

import io.github.llmkit.LlmClient;
import io.github.llmkit.async.AsyncLlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.reactor.ReactorLlmClient;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of an
 * {@link AsyncLlmClient} for the primary (or only) {@link LlmClient}, and of a {@link ReactorLlmClient} when
 * {@code llm-reactor} is on the class path. Calls run on Boot's {@code applicationTaskExecutor} when
 * {@code spring.threads.virtual.enabled} is true on a runtime with virtual threads (Boot then makes that
 * executor start a virtual thread per task); otherwise on {@link AsyncLlmClient#defaultExecutor()}, never on a
 * bounded pool that would queue streams behind each other.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { LlmAutoConfiguration.class, TaskExecutionAutoConfiguration.class })
public final class LlmAsyncAutoConfiguration {

	private static final String BOOT_EXECUTOR = "applicationTaskExecutor";

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(LlmClient.class)
	AsyncLlmClient asyncLlmClient(LlmClient client, Environment environment, BeanFactory beanFactory) {
		return AsyncLlmClient.of(client, executor(environment, beanFactory));
	}

	static Executor executor(Environment environment, BeanFactory beanFactory) {
		if (Threading.VIRTUAL.isActive(environment) && beanFactory.containsBean(BOOT_EXECUTOR)) {
			return beanFactory.getBean(BOOT_EXECUTOR, Executor.class);
		}
		return AsyncLlmClient.defaultExecutor();
	}

	/**
	 * The Reactor form, when {@code llm-reactor} is present.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ ReactorLlmClient.class, reactor.core.publisher.Flux.class })
	static final class ReactorConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnSingleCandidate(LlmClient.class)
		ReactorLlmClient reactorLlmClient(AsyncLlmClient asyncLlmClient) {
			return ReactorLlmClient.of(asyncLlmClient);
		}

	}

}

package io.github.llmkit.autoconfigure.tool;

import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmProperties;
import io.github.llmkit.tool.ToolLoopObserver;
import io.github.llmkit.tool.ToolRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of tools: a
 * {@link ToolRegistry} whose loop stops after {@code llm.tools.max-iterations} model calls, holding every
 * {@link io.github.llmkit.tool.LlmTool} method of the application's beans. With
 * {@code spring.threads.virtual.enabled=true} (Java 21 or later) tools run on virtual threads.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LlmAutoConfiguration.class)
@ConditionalOnClass(ToolRegistry.class)
@EnableConfigurationProperties(LlmProperties.class)
public final class LlmToolsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ToolRegistry toolRegistry(LlmProperties properties, ObjectProvider<ToolLoopObserver> observer,
			Environment environment) {
		return ToolRegistry.builder()
			.maxIterations(properties.getTools().getMaxIterations())
			.observer(observer.getIfAvailable())
			.executor(toolExecutor(environment))
			.build();
	}

	/**
	 * Return the executor of tool calls: a virtual thread per call when
	 * {@code spring.threads.virtual.enabled=true} on Java 21 or later, as Boot's own executors do, else null for
	 * the registry's default (a single call on the loop's thread, several on a small shared pool).
	 */
	static AsyncTaskExecutor toolExecutor(Environment environment) {
		if (!Threading.VIRTUAL.isActive(environment)) {
			return null;
		}
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("llmkit-tool-");
		executor.setVirtualThreads(true);
		return executor;
	}

	@Bean
	LlmToolBeanRegistrar llmToolBeanRegistrar(ConfigurableListableBeanFactory beanFactory,
			ToolRegistry toolRegistry) {
		return new LlmToolBeanRegistrar(beanFactory, toolRegistry);
	}

}

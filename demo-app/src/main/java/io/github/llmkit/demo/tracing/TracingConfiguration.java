package io.github.llmkit.demo.tracing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * Carries the request's trace onto the task executor that runs the demo's streams, so that a stream's
 * {@code chat} and {@code invoke_agent} spans are children of its HTTP request span. Spring Boot applies a
 * {@code TaskDecorator} bean to its {@code applicationTaskExecutor}.
 *
 * @since 0.1.0
 */
@Configuration(proxyBeanMethods = false)
public class TracingConfiguration {

	@Bean
	ContextPropagatingTaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

}

package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.LlmClient;
import io.github.llmkit.route.LlmRoute;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every {@link LlmClient} bean, the application's own included, in a client that records metrics; a
 * route is left alone, since its members are measured.
 */
final class MeteredLlmClientPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<LlmClientMetrics> metrics;

	MeteredLlmClientPostProcessor(ObjectProvider<LlmClientMetrics> metrics) {
		this.metrics = metrics;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof LlmClient client && !(bean instanceof MeteredLlmClient) && !(bean instanceof LlmRoute)) {
			return this.metrics.getObject().instrument(beanName, client);
		}
		return bean;
	}

}

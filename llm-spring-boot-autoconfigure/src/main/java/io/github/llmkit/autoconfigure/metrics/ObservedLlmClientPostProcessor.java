package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.LlmClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every {@link LlmClient} bean, the application's own included, in a client that observes and measures
 * its calls.
 */
final class ObservedLlmClientPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<LlmClientMetrics> metrics;

	private final ObjectProvider<LlmObservations> observations;

	ObservedLlmClientPostProcessor(ObjectProvider<LlmClientMetrics> metrics,
			ObjectProvider<LlmObservations> observations) {
		this.metrics = metrics;
		this.observations = observations;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof LlmClient client && !(bean instanceof ObservedLlmClient)) {
			LlmClientMetrics metrics = this.metrics.getIfAvailable();
			if (metrics != null) {
				metrics.addClient(beanName, client.type());
			}
			return new ObservedLlmClient(beanName, client, metrics, this.observations.getObject());
		}
		return bean;
	}

}

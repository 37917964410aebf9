package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.ClientConfig;
import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmClients;
import io.github.llmkit.autoconfigure.LlmProperties.Provider;
import io.github.llmkit.observation.ClientEventListener;
import io.github.llmkit.route.CallGuard;
import io.github.llmkit.route.GuardedLlmClient;

import org.springframework.beans.factory.BeanFactory;

/**
 * Creates the client of one {@code llm.providers} entry: the properties first, then every
 * {@link ClientEventListener} bean, then the {@link LlmClientCustomizer} beans in order; wrapped in a circuit
 * breaker when an {@link LlmCallGuardFactory} is present and the entry does not disable it.
 */
final class LlmClientFactory {

	private final BeanFactory beanFactory;

	LlmClientFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	LlmClient create(String name, Provider provider) {
		ClientConfig.Builder builder = LlmPropertiesMapper.toConfig(name, provider);
		List<ClientEventListener> listeners = this.beanFactory.getBeanProvider(ClientEventListener.class)
			.orderedStream()
			.toList();
		if (!listeners.isEmpty()) {
			builder.eventListener((listeners.size() == 1) ? listeners.get(0) : new CompositeClientEventListener(listeners));
		}
		this.beanFactory.getBeanProvider(LlmClientCustomizer.class)
			.orderedStream()
			.forEach((customizer) -> customizer.customize(name, builder));
		LlmClient client = LlmClients.create(LlmPropertiesMapper.type(name, provider), builder.build());
		LlmCircuitBreakerProperties breaker = provider.getCircuitBreaker();
		LlmCallGuardFactory guards = this.beanFactory.getBeanProvider(LlmCallGuardFactory.class).getIfAvailable();
		if (guards == null || Boolean.FALSE.equals(breaker.getEnabled())) {
			return client;
		}
		CallGuard guard = guards.create(name, breaker);
		this.beanFactory.getBean(LlmCallGuards.class).register(name, guard);
		return new GuardedLlmClient(client, guard);
	}

}

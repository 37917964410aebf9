package io.github.llmkit.autoconfigure;

import io.github.llmkit.LlmClient;

import org.springframework.beans.factory.BeanFactory;

/**
 * Creates the route of one {@code llm.routes} entry over its member beans. A bean itself, as
 * {@link LlmClientFactory} is, so that each route bean is defined by a factory method and the route's name.
 */
final class LlmRouteFactory {

	/** The bean name of the factory, which the route bean definitions refer to. */
	static final String BEAN_NAME = "llmRouteFactory";

	private final LlmProperties properties;

	private final BeanFactory beanFactory;

	LlmRouteFactory(LlmProperties properties, BeanFactory beanFactory) {
		this.properties = properties;
		this.beanFactory = beanFactory;
	}

	/**
	 * Create the route of an entry.
	 * @param name the route's name
	 * @return the route
	 * @throws IllegalStateException if the route no longer exists (an application processed ahead of time)
	 */
	LlmClient create(String name) {
		if (!this.properties.getRoutes().containsKey(name)) {
			throw new IllegalStateException("LLM route '" + name + "' has no llm.routes." + name + " entry; the "
					+ "application was processed ahead of time (Spring AOT) with that entry. Restore the entry or "
					+ "rebuild the application");
		}
		return LlmRoutesMapper.create(name, this.properties, this.beanFactory);
	}

}

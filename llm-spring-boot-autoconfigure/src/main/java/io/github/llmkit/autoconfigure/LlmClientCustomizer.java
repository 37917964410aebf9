package io.github.llmkit.autoconfigure;

import io.github.llmkit.ClientConfig;

/**
 * Adjusts the configuration of every client built from {@code llm.providers.*} before the client is created.
 * Customizer beans are applied in {@link org.springframework.core.Ordered order}, after the properties.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LlmClientCustomizer {

	/**
	 * Customize the configuration of one client.
	 * @param name the client's name, which is also its bean name
	 * @param builder the configuration built from the properties, to change in place
	 */
	void customize(String name, ClientConfig.Builder builder);

}

package io.github.llmkit.autoconfigure.observation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of llmkit's observations (spans).
 *
 * @since 0.1.0
 */
@ConfigurationProperties("llm.observations")
public class LlmObservationProperties {

	/**
	 * Whether spans carry prompts, answers, tool arguments and tool results. They may hold personal or secret
	 * data, so they are left out unless enabled.
	 */
	private boolean includeContent;

	public boolean isIncludeContent() {
		return this.includeContent;
	}

	public void setIncludeContent(boolean includeContent) {
		this.includeContent = includeContent;
	}

}

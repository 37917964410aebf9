package io.github.llmkit.autoconfigure;

/**
 * Options one member of a route uses on the route's behalf ({@code llm.route-options.<route>.<member>}); unset
 * fields take the call's, then the member's own defaults.
 *
 * @since 0.1.0
 */
public class LlmRouteMemberProperties {

	/**
	 * Chat model the member uses for the route, such as claude-haiku-4-5 on a Claude member.
	 */
	private String model;

	/**
	 * Sampling temperature the member uses for the route, from 0 to 2.
	 */
	private Double temperature;

	/**
	 * Output token limit the member uses for the route.
	 */
	private Integer maxTokens;

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public Double getTemperature() {
		return this.temperature;
	}

	public void setTemperature(Double temperature) {
		this.temperature = temperature;
	}

	public Integer getMaxTokens() {
		return this.maxTokens;
	}

	public void setMaxTokens(Integer maxTokens) {
		this.maxTokens = maxTokens;
	}

}

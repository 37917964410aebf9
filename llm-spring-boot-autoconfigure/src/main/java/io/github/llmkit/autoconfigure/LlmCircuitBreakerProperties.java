package io.github.llmkit.autoconfigure;

import java.time.Duration;

/**
 * Circuit-breaker settings of one client ({@code llm.providers.<name>.circuit-breaker}); the breaker itself
 * comes from llm-resilience4j.
 *
 * @since 0.1.0
 */
public class LlmCircuitBreakerProperties {

	/**
	 * Whether the client gets a circuit breaker. Defaults to true when llm-resilience4j is on the classpath.
	 */
	private Boolean enabled;

	/**
	 * Percentage of failed calls in the window at or above which the breaker opens.
	 */
	private float failureRate = 50;

	/**
	 * Number of most recent calls whose outcomes the failure rate is computed over.
	 */
	private int window = 20;

	/**
	 * Number of calls the window must hold before the failure rate is judged.
	 */
	private int minimumCalls = 10;

	/**
	 * How long an open breaker refuses calls before it lets trial calls through.
	 */
	private Duration openDuration = Duration.ofSeconds(30);

	public Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public float getFailureRate() {
		return this.failureRate;
	}

	public void setFailureRate(float failureRate) {
		this.failureRate = failureRate;
	}

	public int getWindow() {
		return this.window;
	}

	public void setWindow(int window) {
		this.window = window;
	}

	public int getMinimumCalls() {
		return this.minimumCalls;
	}

	public void setMinimumCalls(int minimumCalls) {
		this.minimumCalls = minimumCalls;
	}

	public Duration getOpenDuration() {
		return this.openDuration;
	}

	public void setOpenDuration(Duration openDuration) {
		this.openDuration = openDuration;
	}

}

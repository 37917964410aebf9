package io.github.llmkit.resilience4j;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.llmkit.LlmClient;
import io.github.llmkit.LlmException;
import io.github.llmkit.route.CallGuard;
import io.github.llmkit.route.GuardedLlmClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;

/**
 * A {@link CallGuard} backed by a Resilience4j {@link CircuitBreaker}: the breaker's permission, outcome
 * recording and state, nothing of its own. Thread-safe, as the breaker is.
 *
 * @since 0.1.0
 */
public final class Resilience4jCallGuard implements CallGuard {

	private final CircuitBreaker breaker;

	/**
	 * Create a guard over a breaker.
	 * @param breaker the breaker
	 * @throws IllegalArgumentException if the breaker is null
	 */
	public Resilience4jCallGuard(CircuitBreaker breaker) {
		if (breaker == null) {
			throw new IllegalArgumentException("'breaker' must not be null");
		}
		this.breaker = breaker;
	}

	/**
	 * Wrap a client in a breaker named after it.
	 * @param client the client
	 * @param config the breaker's settings
	 * @return the guarded client
	 * @throws IllegalArgumentException if the client or the config is null
	 */
	public static GuardedLlmClient guard(LlmClient client, CircuitBreakerConfig config) {
		if (client == null) {
			throw new IllegalArgumentException("'client' must not be null");
		}
		if (config == null) {
			throw new IllegalArgumentException("'config' must not be null");
		}
		return new GuardedLlmClient(client, new Resilience4jCallGuard(CircuitBreaker.of(client.name(), config)));
	}

	/**
	 * Return the breaker, for its metrics and events.
	 * @return the breaker
	 */
	public CircuitBreaker circuitBreaker() {
		return this.breaker;
	}

	@Override
	public boolean tryAcquire() {
		return this.breaker.tryAcquirePermission();
	}

	@Override
	public void onSuccess(Duration elapsed) {
		this.breaker.onSuccess(elapsed.toNanos(), TimeUnit.NANOSECONDS);
	}

	@Override
	public void onFailure(Duration elapsed, LlmException failure) {
		this.breaker.onError(elapsed.toNanos(), TimeUnit.NANOSECONDS, failure);
	}

	@Override
	public void onIgnored() {
		this.breaker.releasePermission();
	}

	@Override
	public State state() {
		return switch (this.breaker.getState()) {
			case CLOSED -> State.CLOSED;
			case OPEN, FORCED_OPEN -> State.OPEN;
			case HALF_OPEN -> State.HALF_OPEN;
			case DISABLED, METRICS_ONLY -> State.DISABLED;
		};
	}

	@Override
	public String toString() {
		return "Resilience4jCallGuard[" + this.breaker.getName() + ", " + this.breaker.getState() + "]";
	}

}

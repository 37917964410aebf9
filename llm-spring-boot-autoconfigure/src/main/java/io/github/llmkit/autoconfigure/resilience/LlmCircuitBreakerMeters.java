package io.github.llmkit.autoconfigure.resilience;

import java.util.Locale;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Measures every breaker of the registry, present and future: {@code llm.client.circuit.state} (1 for the
 * breaker's current state, 0 for the others, tag {@code state}) and {@code llm.client.circuit.not_permitted}
 * (calls refused while open), both tagged with {@code llm.client.name}.
 *
 * @since 0.1.0
 */
public final class LlmCircuitBreakerMeters {

	/** Name of the state gauge. */
	public static final String STATE = "llm.client.circuit.state";

	/** Name of the refused-calls counter. */
	public static final String NOT_PERMITTED = "llm.client.circuit.not_permitted";

	private final ObjectProvider<MeterRegistry> meterRegistry;

	LlmCircuitBreakerMeters(CircuitBreakerRegistry registry, ObjectProvider<MeterRegistry> meterRegistry) {
		this.meterRegistry = meterRegistry;
		registry.getAllCircuitBreakers().forEach(this::bind);
		registry.getEventPublisher().onEntryAdded((event) -> bind(event.getAddedEntry()));
	}

	private void bind(CircuitBreaker breaker) {
		MeterRegistry meters = this.meterRegistry.getIfAvailable();
		if (meters == null) {
			return;
		}
		String client = breaker.getName();
		for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
			Gauge.builder(STATE, breaker, (measured) -> (measured.getState() == state) ? 1 : 0)
				.tag("llm.client.name", client)
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.description("1 for the circuit breaker's current state, 0 for the others")
				.register(meters);
		}
		Counter refused = Counter.builder(NOT_PERMITTED)
			.tag("llm.client.name", client)
			.description("Calls the open circuit breaker refused without sending them")
			.register(meters);
		breaker.getEventPublisher().onCallNotPermitted((event) -> refused.increment());
	}

}

package io.github.llmkit.autoconfigure.resilience;

import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmCallGuardFactory;
import io.github.llmkit.resilience4j.Resilience4jCallGuard;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of circuit breakers
 * when llm-resilience4j is on the classpath: every client whose {@code circuit-breaker.enabled} is not false
 * gets a Resilience4j breaker from the {@link CircuitBreakerRegistry}, named after the client, with its
 * entry's failure rate, window, minimum calls and open duration. With Micrometer, each breaker's state and
 * refused calls are measured.
 *
 * @since 0.1.0
 */
@AutoConfiguration(before = LlmAutoConfiguration.class)
@ConditionalOnClass({ CircuitBreaker.class, Resilience4jCallGuard.class })
public final class LlmCircuitBreakerAutoConfiguration {

	/** Trial calls an open breaker lets through once its open duration has passed. */
	static final int HALF_OPEN_CALLS = 3;

	@Bean
	@ConditionalOnMissingBean
	CircuitBreakerRegistry llmCircuitBreakerRegistry() {
		return CircuitBreakerRegistry.ofDefaults();
	}

	@Bean
	@ConditionalOnMissingBean
	LlmCallGuardFactory llmCallGuardFactory(CircuitBreakerRegistry registry) {
		return (name, settings) -> new Resilience4jCallGuard(registry.circuitBreaker(name,
				CircuitBreakerConfig.custom()
					.failureRateThreshold(settings.getFailureRate())
					.slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
					.slidingWindowSize(settings.getWindow())
					.minimumNumberOfCalls(settings.getMinimumCalls())
					.waitDurationInOpenState(settings.getOpenDuration())
					.permittedNumberOfCallsInHalfOpenState(HALF_OPEN_CALLS)
					.build()));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		LlmCircuitBreakerMeters llmCircuitBreakerMeters(CircuitBreakerRegistry registry,
				ObjectProvider<MeterRegistry> meterRegistry) {
			return new LlmCircuitBreakerMeters(registry, meterRegistry);
		}

	}

}

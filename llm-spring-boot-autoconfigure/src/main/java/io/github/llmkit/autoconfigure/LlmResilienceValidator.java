package io.github.llmkit.autoconfigure;

import java.util.List;

import io.github.llmkit.autoconfigure.InvalidLlmPropertiesException.Problem;
import io.github.llmkit.autoconfigure.LlmProperties.Provider;
import io.github.llmkit.autoconfigure.LlmProperties.RateLimit;
import io.github.llmkit.autoconfigure.LlmProperties.Store;

import org.springframework.util.ClassUtils;

/**
 * Checks an entry's {@code circuit-breaker.*} and shared {@code rate-limit.store}, including that the module
 * each one needs is on the classpath.
 */
final class LlmResilienceValidator {

	static final String RESILIENCE4J_GUARD = "io.github.llmkit.resilience4j.Resilience4jCallGuard";

	static final String REDIS_LIMITER = "io.github.llmkit.redis.RedisRateLimiter";

	private LlmResilienceValidator() {
	}

	static void validate(String prefix, Provider provider, List<Problem> problems) {
		LlmProperties.CircuitBreaker breaker = provider.getCircuitBreaker();
		String breakerPrefix = prefix + "circuit-breaker.";
		if (Boolean.TRUE.equals(breaker.getEnabled()) && !present(RESILIENCE4J_GUARD)) {
			problems.add(new Problem(breakerPrefix + "enabled", "is true but llm-resilience4j is not on the classpath",
					"add the dependency io.github.llmkit:llm-resilience4j, or remove the property"));
		}
		if (!(breaker.getFailureRate() > 0 && breaker.getFailureRate() <= 100)) {
			problems.add(new Problem(breakerPrefix + "failure-rate",
					"must be a percentage above 0 and at most 100, was " + breaker.getFailureRate(), "set it to 50, say"));
		}
		if (breaker.getWindow() <= 0) {
			problems.add(new Problem(breakerPrefix + "window", "must be positive, was " + breaker.getWindow(),
					"set it to the number of recent calls to judge, such as 20"));
		}
		if (breaker.getMinimumCalls() <= 0) {
			problems.add(new Problem(breakerPrefix + "minimum-calls", "must be positive, was " + breaker.getMinimumCalls(),
					"set it to 1 or more"));
		}
		if (breaker.getOpenDuration() == null || breaker.getOpenDuration().isNegative()
				|| breaker.getOpenDuration().isZero()) {
			problems.add(new Problem(breakerPrefix + "open-duration", "must be a positive duration",
					"set a duration such as 30s"));
		}
		RateLimit rateLimit = provider.getRateLimit();
		if (rateLimit.getStore() == Store.REDIS) {
			if (!present(REDIS_LIMITER)) {
				problems.add(new Problem(prefix + "rate-limit.store", "is redis but llm-redis is not on the classpath",
						"add the dependency io.github.llmkit:llm-redis, or set it to local"));
			}
			if (rateLimit.getRequestsPerMinute() == null && rateLimit.getTokensPerMinute() == null) {
				problems.add(new Problem(prefix + "rate-limit.store", "is redis but no budget is set",
						"set rate-limit.requests-per-minute or rate-limit.tokens-per-minute"));
			}
		}
	}

	private static boolean present(String className) {
		return ClassUtils.isPresent(className, LlmResilienceValidator.class.getClassLoader());
	}

}

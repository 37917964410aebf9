package io.github.llmkit.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmCallGuards;
import io.github.llmkit.autoconfigure.LlmClientRegistry;
import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics;
import io.github.llmkit.autoconfigure.metrics.LlmMetricsAutoConfiguration;
import io.github.llmkit.route.LlmRoute;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of the {@code llm}
 * health contributor: one {@link LlmClientHealthIndicator} per client, fed by the outcomes the metrics record
 * and its circuit breaker, so that a health check never spends tokens, and one {@link LlmRouteHealthIndicator}
 * per route, from its members' breakers.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { LlmAutoConfiguration.class, LlmMetricsAutoConfiguration.class })
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({ LlmClient.class, LlmClientMetrics.class })
@ConditionalOnEnabledHealthIndicator("llm")
public final class LlmHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "llmHealthContributor")
	CompositeHealthContributor llmHealthContributor(LlmClientRegistry clients, LlmClientMetrics metrics,
			LlmCallGuards guards) {
		Map<String, HealthIndicator> indicators = new LinkedHashMap<>();
		clients.asMap().forEach((name, client) -> {
			if (client instanceof LlmRoute route) {
				indicators.put(name, new LlmRouteHealthIndicator(route, guards));
			}
			else {
				indicators.put(name, new LlmClientHealthIndicator(client, metrics.outcomes(name), guards.find(name)));
			}
		});
		return CompositeHealthContributor.fromMap(indicators);
	}

}

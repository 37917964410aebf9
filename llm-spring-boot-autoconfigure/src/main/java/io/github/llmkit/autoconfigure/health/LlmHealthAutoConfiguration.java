package io.github.llmkit.autoconfigure.health;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmClientRegistry;
import io.github.llmkit.autoconfigure.metrics.LlmClientMetrics;
import io.github.llmkit.autoconfigure.metrics.LlmMetricsAutoConfiguration;

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
 * health contributor: one {@link LlmClientHealthIndicator} per client, fed by the outcomes the metrics record,
 * so that a health check never spends tokens.
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
	CompositeHealthContributor llmHealthContributor(LlmClientRegistry clients, LlmClientMetrics metrics) {
		Map<String, LlmClientHealthIndicator> indicators = new LinkedHashMap<>();
		clients.asMap()
			.forEach((name, client) -> indicators.put(name, new LlmClientHealthIndicator(client, metrics.outcomes(name))));
		return CompositeHealthContributor.fromMap(indicators);
	}

}

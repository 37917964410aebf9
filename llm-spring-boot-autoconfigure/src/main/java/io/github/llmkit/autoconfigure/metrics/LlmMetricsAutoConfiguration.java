package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.route.RouteListener;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of llmkit metrics:
 * every {@link io.github.llmkit.LlmClient} bean is measured with the OpenTelemetry GenAI meters, and retries and
 * rate-limit waits are counted, when Micrometer and a {@link MeterRegistry} are present.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { LlmAutoConfiguration.class, MetricsAutoConfiguration.class,
		CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class LlmMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LlmClientMetrics llmClientMetrics(MeterRegistry meterRegistry) {
		return new LlmClientMetrics(meterRegistry);
	}

	@Bean
	@ConditionalOnMissingBean(name = "llmFailoverMetrics")
	RouteListener llmFailoverMetrics(MeterRegistry meterRegistry) {
		return new FailoverMetrics(meterRegistry);
	}

	@Bean
	static MeteredLlmClientPostProcessor meteredLlmClientPostProcessor(ObjectProvider<LlmClientMetrics> metrics) {
		return new MeteredLlmClientPostProcessor(metrics);
	}

}

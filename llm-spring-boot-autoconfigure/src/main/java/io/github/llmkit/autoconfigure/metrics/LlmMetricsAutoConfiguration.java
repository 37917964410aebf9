package io.github.llmkit.autoconfigure.metrics;

import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.observation.ChatObservationConvention;
import io.github.llmkit.autoconfigure.observation.EmbeddingObservationConvention;
import io.github.llmkit.autoconfigure.observation.LlmObservationProperties;
import io.github.llmkit.autoconfigure.observation.ToolExecutionObservationConvention;
import io.github.llmkit.autoconfigure.observation.ToolLoopObservationConvention;
import io.github.llmkit.tool.ToolLoopObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of llmkit metrics and
 * observations: every {@link io.github.llmkit.LlmClient} bean is observed (a span per call with tracing) and
 * measured with the OpenTelemetry GenAI meters when a {@link MeterRegistry} is present, and the tool loops of
 * the {@link io.github.llmkit.tool.ToolRegistry} bean get a span per loop and per tool execution.
 * {@code ObservationConvention} beans of llmkit's convention types replace the defaults.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { LlmAutoConfiguration.class, MetricsAutoConfiguration.class,
		CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class },
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ MeterRegistry.class, ObservationRegistry.class })
@EnableConfigurationProperties(LlmObservationProperties.class)
public final class LlmMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(MeterRegistry.class)
	LlmClientMetrics llmClientMetrics(MeterRegistry meterRegistry) {
		return new LlmClientMetrics(meterRegistry);
	}

	@Bean
	static LlmObservations llmObservations(ObjectProvider<ObservationRegistry> registry,
			ObjectProvider<ChatObservationConvention> chat, ObjectProvider<EmbeddingObservationConvention> embedding,
			ObjectProvider<ToolLoopObservationConvention> toolLoop,
			ObjectProvider<ToolExecutionObservationConvention> toolExecution, LlmObservationProperties properties) {
		return new LlmObservations(registry.getIfAvailable(() -> ObservationRegistry.NOOP), chat.getIfUnique(),
				embedding.getIfUnique(), toolLoop.getIfUnique(), toolExecution.getIfUnique(),
				properties.isIncludeContent());
	}

	@Bean
	static ObservedLlmClientPostProcessor observedLlmClientPostProcessor(ObjectProvider<LlmClientMetrics> metrics,
			ObjectProvider<LlmObservations> observations) {
		return new ObservedLlmClientPostProcessor(metrics, observations);
	}

	@Bean
	@ConditionalOnMissingBean
	ToolLoopObserver llmToolLoopObserver(LlmObservations observations, ObjectProvider<LlmClientMetrics> metrics) {
		return new ObservedToolLoopObserver(observations, metrics.getIfAvailable());
	}

}

package io.github.llmkit.redis.autoconfigure;

import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmClientCustomizer;
import io.github.llmkit.autoconfigure.LlmProperties;
import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of shared rate
 * limits: every {@code llm.providers} entry whose {@code rate-limit.store} is {@code redis} gets a
 * {@link io.github.llmkit.redis.RedisRateLimiter} keyed by its name, over one Lettuce connection made from
 * {@code spring.data.redis.*} (or over the application's {@link RedisClient} bean). With Micrometer, each
 * failure to reach Redis counts in {@code llm.client.rate_limit.store_failures}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LlmAutoConfiguration.class)
@ConditionalOnClass({ LlmClientCustomizer.class, RedisClient.class, Bucket4jLettuce.class })
public final class LlmRedisAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LlmRedisRateLimits llmRedisRateLimits(LlmProperties properties, Environment environment,
			ObjectProvider<RedisClient> redisClient, ObjectProvider<StoreFailures> failures) {
		return new LlmRedisRateLimits(properties, environment, redisClient.getIfAvailable(),
				failures.getIfAvailable(() -> (client) -> {
				}));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		StoreFailures llmRedisStoreFailures(ObjectProvider<MeterRegistry> meterRegistry) {
			return (client) -> {
				MeterRegistry registry = meterRegistry.getIfAvailable();
				if (registry != null) {
					Counter.builder(StoreFailures.METER)
						.description("Calls whose shared rate-limit store (Redis) could not be reached")
						.tag("llm.client.name", client)
						.register(registry)
						.increment();
				}
			};
		}

	}

}

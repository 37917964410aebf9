package io.github.llmkit.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.llmkit.LlmClient;
import io.github.llmkit.observation.ClientEventListener;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} for llmkit: one
 * {@link LlmClient} bean per {@code llm.providers} entry, named after the entry and injectable by
 * {@code @Qualifier} or by parameter name, plus an {@link LlmClientRegistry}. Every
 * {@link io.github.llmkit.observation.ClientEventListener} bean receives the events of every client, and
 * {@link LlmClientCustomizer} beans adjust each client's configuration. Invalid {@code llm.*} properties fail
 * start-up with one report.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@EnableConfigurationProperties(LlmProperties.class)
@Import(LlmClientsRegistrar.class)
public final class LlmAutoConfiguration {

	@Bean
	static BeanFactoryPostProcessor llmClientNameAutowiring() {
		return (beanFactory) -> {
			if (beanFactory instanceof DefaultListableBeanFactory listable) {
				LlmClientNameAutowireCandidateResolver.install(listable);
			}
		};
	}

	@Bean(LlmClientFactory.BEAN_NAME)
	LlmClientFactory llmClientFactory(LlmProperties properties, ObjectProvider<ClientEventListener> listeners,
			ObjectProvider<LlmClientCustomizer> customizers) {
		return new LlmClientFactory(properties, listeners, customizers);
	}

	@Bean
	@ConditionalOnMissingBean
	LlmClientRegistry llmClientRegistry(ListableBeanFactory beanFactory) {
		Map<String, LlmClient> clients = new LinkedHashMap<>(beanFactory.getBeansOfType(LlmClient.class));
		return new LlmClientRegistry(clients);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "llmSanitizingFunction")
		SanitizingFunction llmSanitizingFunction() {
			return LlmSecrets::sanitize;
		}

	}

}

package io.github.llmkit.autoconfigure.tool;

import io.github.llmkit.autoconfigure.LlmAutoConfiguration;
import io.github.llmkit.autoconfigure.LlmProperties;
import io.github.llmkit.tool.ToolRegistry;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration} of tools: a
 * {@link ToolRegistry} whose loop stops after {@code llm.tools.max-iterations} model calls, holding every
 * {@link io.github.llmkit.tool.LlmTool} method of the application's beans.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LlmAutoConfiguration.class)
@ConditionalOnClass(ToolRegistry.class)
@EnableConfigurationProperties(LlmProperties.class)
public final class LlmToolsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ToolRegistry toolRegistry(LlmProperties properties) {
		return ToolRegistry.builder().maxIterations(properties.getTools().getMaxIterations()).build();
	}

	@Bean
	LlmToolBeanRegistrar llmToolBeanRegistrar(ConfigurableListableBeanFactory beanFactory,
			ToolRegistry toolRegistry) {
		return new LlmToolBeanRegistrar(beanFactory, toolRegistry);
	}

}

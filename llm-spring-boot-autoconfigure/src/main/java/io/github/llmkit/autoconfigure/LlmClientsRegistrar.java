package io.github.llmkit.autoconfigure;

import io.github.llmkit.LlmClient;
import io.github.llmkit.autoconfigure.LlmProperties.Provider;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link LlmClient} bean per {@code llm.providers} entry, named after the entry, and one per
 * {@code llm.routes} entry over its members, after checking all of {@code llm.*}. A bean the application already defines under an entry's name wins. The client of
 * {@code llm.default-provider}, or of the only entry, is primary; clients are closed with the context.
 */
final class LlmClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware {

	private static final Log logger = LogFactory.getLog(LlmClientsRegistrar.class);

	private Environment environment;

	private BeanFactory beanFactory;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		LlmProperties properties = Binder.get(this.environment)
			.bind("llm", LlmProperties.class)
			.orElseGet(LlmProperties::new);
		LlmPropertiesMapper.validate(properties);
		String primary = primaryName(properties);
		LlmClientFactory factory = new LlmClientFactory(this.beanFactory);
		properties.getProviders().forEach((name, provider) -> {
			if (registry.isBeanNameInUse(name)) {
				logger.debug("Not creating LLM client '" + name + "': the application defines a bean of that name");
				return;
			}
			registry.registerBeanDefinition(name, definition(factory, name, provider, name.equals(primary)));
		});
		properties.getRoutes().keySet().forEach((name) -> {
			if (registry.isBeanNameInUse(name)) {
				logger.debug("Not creating LLM route '" + name + "': the application defines a bean of that name");
				return;
			}
			RootBeanDefinition definition = new RootBeanDefinition(LlmClient.class,
					() -> LlmRoutesMapper.create(name, properties, this.beanFactory));
			definition.setPrimary(name.equals(primary));
			definition.setDependsOn(properties.getRoutes().get(name).toArray(String[]::new));
			registry.registerBeanDefinition(name, definition);
		});
	}

	private static String primaryName(LlmProperties properties) {
		if (properties.getDefaultProvider() != null) {
			return properties.getDefaultProvider();
		}
		return (properties.getProviders().size() == 1) ? properties.getProviders().keySet().iterator().next() : null;
	}

	private static RootBeanDefinition definition(LlmClientFactory factory, String name, Provider provider,
			boolean primary) {
		RootBeanDefinition definition = new RootBeanDefinition(LlmClient.class, () -> factory.create(name, provider));
		definition.setPrimary(primary);
		definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		return definition;
	}

}

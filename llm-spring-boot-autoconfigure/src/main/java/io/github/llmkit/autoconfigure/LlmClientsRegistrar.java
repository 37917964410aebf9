package io.github.llmkit.autoconfigure;

import io.github.llmkit.LlmClient;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers one {@link LlmClient} bean per {@code llm.providers} entry, named after the entry, after checking
 * all of {@code llm.*}. A bean the application already defines under an entry's name wins. The client of
 * {@code llm.default-provider}, or of the only entry, is primary; clients are closed with the context.
 */
final class LlmClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {

	private static final Log logger = LogFactory.getLog(LlmClientsRegistrar.class);

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		LlmProperties properties = Binder.get(this.environment)
			.bind("llm", LlmProperties.class)
			.orElseGet(LlmProperties::new);
		LlmPropertiesMapper.validate(properties);
		String primary = primaryName(properties);
		properties.getProviders().keySet().forEach((name) -> {
			if (registry.isBeanNameInUse(name)) {
				logger.debug("Not creating LLM client '" + name + "': the application defines a bean of that name");
				return;
			}
			registry.registerBeanDefinition(name, definition(name, name.equals(primary)));
		});
	}

	private static String primaryName(LlmProperties properties) {
		if (properties.getDefaultProvider() != null) {
			return properties.getDefaultProvider();
		}
		return (properties.getProviders().size() == 1) ? properties.getProviders().keySet().iterator().next() : null;
	}

	/**
	 * Define a client as the result of {@link LlmClientFactory#create(String)} with the entry's name, rather
	 * than with an instance supplier, so that Spring AOT can generate the definition as code.
	 */
	private static RootBeanDefinition definition(String name, boolean primary) {
		RootBeanDefinition definition = new RootBeanDefinition();
		definition.setFactoryBeanName(LlmClientFactory.BEAN_NAME);
		definition.setFactoryMethodName("create");
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, name);
		definition.setTargetType(LlmClient.class);
		definition.setPrimary(primary);
		definition.setDestroyMethodName(AbstractBeanDefinition.INFER_METHOD);
		return definition;
	}

}

package io.github.llmkit.autoconfigure;

import io.github.llmkit.LlmClient;

import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.AutowireCandidateResolver;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/**
 * Lets an {@link LlmClient} injection point named after a client bean ({@code LlmClient fast}) receive that
 * client even when another client is primary: Spring prefers a primary bean over a name match, so among
 * {@code LlmClient} candidates this resolver keeps only the named one. Every other decision is the
 * delegate's.
 */
final class LlmClientNameAutowireCandidateResolver implements AutowireCandidateResolver {

	private final AutowireCandidateResolver delegate;

	private final DefaultListableBeanFactory beanFactory;

	LlmClientNameAutowireCandidateResolver(AutowireCandidateResolver delegate,
			DefaultListableBeanFactory beanFactory) {
		this.delegate = delegate;
		this.beanFactory = beanFactory;
	}

	/**
	 * Wrap the resolver of a bean factory, once.
	 * @param beanFactory the bean factory
	 */
	static void install(DefaultListableBeanFactory beanFactory) {
		AutowireCandidateResolver current = beanFactory.getAutowireCandidateResolver();
		if (!(current instanceof LlmClientNameAutowireCandidateResolver)) {
			beanFactory.setAutowireCandidateResolver(new LlmClientNameAutowireCandidateResolver(current, beanFactory));
		}
	}

	@Override
	public boolean isAutowireCandidate(BeanDefinitionHolder holder, DependencyDescriptor descriptor) {
		if (!this.delegate.isAutowireCandidate(holder, descriptor)) {
			return false;
		}
		if (descriptor.getDependencyType() != LlmClient.class) {
			return true;
		}
		String wanted = descriptor.getDependencyName();
		return wanted == null || holder.matchesName(wanted) || !isClientBean(wanted);
	}

	private boolean isClientBean(String name) {
		return this.beanFactory.containsBeanDefinition(name) && this.beanFactory.isTypeMatch(name, LlmClient.class);
	}

	@Override
	public boolean isRequired(DependencyDescriptor descriptor) {
		return this.delegate.isRequired(descriptor);
	}

	@Override
	public boolean hasQualifier(DependencyDescriptor descriptor) {
		return this.delegate.hasQualifier(descriptor);
	}

	@Override
	public String getSuggestedName(DependencyDescriptor descriptor) {
		return this.delegate.getSuggestedName(descriptor);
	}

	@Override
	public Object getSuggestedValue(DependencyDescriptor descriptor) {
		return this.delegate.getSuggestedValue(descriptor);
	}

	@Override
	public Object getLazyResolutionProxyIfNecessary(DependencyDescriptor descriptor, String beanName) {
		return this.delegate.getLazyResolutionProxyIfNecessary(descriptor, beanName);
	}

	@Override
	public Class<?> getLazyResolutionProxyClass(DependencyDescriptor descriptor, String beanName) {
		return this.delegate.getLazyResolutionProxyClass(descriptor, beanName);
	}

	@Override
	public AutowireCandidateResolver cloneIfNecessary() {
		return new LlmClientNameAutowireCandidateResolver(this.delegate.cloneIfNecessary(), this.beanFactory);
	}

}

package io.github.llmkit.autoconfigure.tool;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.llmkit.tool.LlmTool;
import io.github.llmkit.tool.MethodTool;
import io.github.llmkit.tool.Tool;
import io.github.llmkit.tool.ToolRegistry;

import org.springframework.aop.framework.autoproxy.AutoProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Registers every {@link LlmTool} method of the application's singleton beans in the {@link ToolRegistry} once
 * all singletons exist: beans from components and from {@code @Bean} methods, inherited methods, and beans
 * behind AOP proxies. Methods are found on the target class and invoked on the bean itself, so that proxied
 * behaviour such as transactions applies. Duplicate tool names fail start-up, naming both beans.
 */
final class LlmToolBeanRegistrar implements SmartInitializingSingleton {

	private final ConfigurableListableBeanFactory beanFactory;

	private final ToolRegistry registry;

	LlmToolBeanRegistrar(ConfigurableListableBeanFactory beanFactory, ToolRegistry registry) {
		this.beanFactory = beanFactory;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Source> sources = new LinkedHashMap<>();
		List<Tool> tools = new ArrayList<>();
		for (String beanName : this.beanFactory.getBeanNamesForType(Object.class, false, false)) {
			Class<?> type = candidateType(beanName);
			if (type == null) {
				continue;
			}
			Object bean = this.beanFactory.getBean(beanName);
			for (Method method : toolMethods(AopUtils.getTargetClass(bean))) {
				MethodTool tool = MethodTool.of(bean, invocable(beanName, bean, method));
				Source source = new Source(beanName, method);
				Source existing = sources.putIfAbsent(tool.name(), source);
				if (existing != null) {
					throw duplicate(tool.name(), existing, source);
				}
				if (!isRegistered(tool, beanName)) {
					tools.add(tool);
				}
			}
		}
		if (!tools.isEmpty()) {
			this.registry.registerAll(tools);
		}
	}

	private boolean isRegistered(MethodTool tool, String beanName) {
		Tool registered = this.registry.get(tool.name()).orElse(null);
		if (registered == null) {
			return false;
		}
		if (registered instanceof MethodTool methodTool && methodTool.method().equals(tool.method())) {
			return true;
		}
		throw new InvalidLlmToolBeanException("Tool '" + tool.name() + "' of bean '" + beanName + "' ("
				+ describe(tool.method()) + ") clashes with " + registered + " already in the ToolRegistry bean",
				"Give one of them another name with @LlmTool(name = \"...\").");
	}

	private Class<?> candidateType(String beanName) {
		if (ScopedProxyUtils.isScopedTarget(beanName) || !this.beanFactory.isSingleton(beanName)) {
			return null;
		}
		Class<?> type = AutoProxyUtils.determineTargetClass(this.beanFactory, beanName);
		return (type != null && AnnotationUtils.isCandidateClass(type, LlmTool.class)
				&& !toolMethods(type).isEmpty()) ? type : null;
	}

	private static List<Method> toolMethods(Class<?> type) {
		Map<Method, LlmTool> methods = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<LlmTool>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, LlmTool.class));
		List<Method> sorted = new ArrayList<>(methods.keySet());
		sorted.sort((a, b) -> a.toGenericString().compareTo(b.toGenericString()));
		return sorted;
	}

	private static Method invocable(String beanName, Object bean, Method method) {
		Method declaration = annotatedDeclaration(method, AopUtils.getTargetClass(bean));
		if (!AopUtils.isAopProxy(bean)) {
			return declaration;
		}
		if (Modifier.isPrivate(declaration.getModifiers()) || Modifier.isFinal(declaration.getModifiers())) {
			throw new InvalidLlmToolBeanException("@LlmTool method " + describe(declaration) + " of bean '" + beanName
					+ "' is private or final, so its proxy cannot call it",
					"Make the method public (or protected) and not final.");
		}
		if (!declaration.getDeclaringClass().isInstance(bean)) {
			throw new InvalidLlmToolBeanException("@LlmTool method " + describe(declaration) + " of bean '" + beanName
					+ "' is not declared by an interface of its JDK proxy",
					"Declare @LlmTool on the interface method, or let Spring proxy the class "
							+ "(spring.aop.proxy-target-class=true, the default).");
		}
		return declaration;
	}

	private static Method annotatedDeclaration(Method method, Class<?> targetClass) {
		if (method.isAnnotationPresent(LlmTool.class)) {
			return method;
		}
		for (Class<?> type = method.getDeclaringClass().getSuperclass(); type != null; type = type.getSuperclass()) {
			Method candidate = ClassUtils.getMethodIfAvailable(type, method.getName(), method.getParameterTypes());
			if (candidate != null && candidate.isAnnotationPresent(LlmTool.class)) {
				return candidate;
			}
		}
		for (Class<?> type : ClassUtils.getAllInterfacesForClassAsSet(targetClass)) {
			Method candidate = ClassUtils.getMethodIfAvailable(type, method.getName(), method.getParameterTypes());
			if (candidate != null && candidate.isAnnotationPresent(LlmTool.class)) {
				return candidate;
			}
		}
		return method;
	}

	private static InvalidLlmToolBeanException duplicate(String name, Source first, Source second) {
		return new InvalidLlmToolBeanException(
				"Tool '" + name + "' is defined twice: by bean '" + first.beanName() + "' (" + describe(first.method())
						+ ") and by bean '" + second.beanName() + "' (" + describe(second.method()) + ")",
				"Give one of them another name with @LlmTool(name = \"...\").");
	}

	private static String describe(Method method) {
		return ClassUtils.getQualifiedMethodName(method);
	}

	private record Source(String beanName, Method method) {

	}

}

package io.github.llmkit.autoconfigure.tool;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.llmkit.tool.LlmTool;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Contributes the reflection hints a native image needs for the {@link LlmTool} methods of a bean: the methods
 * themselves, invoked and read for their annotations, and their parameter and return types, which Jackson
 * reads and writes and the schema generator inspects.
 */
final class LlmToolBeanRegistrationAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		Class<?> beanClass = registeredBean.getBeanClass();
		Set<Method> methods = MethodIntrospector.selectMethods(beanClass,
				(MethodIntrospector.MetadataLookup<LlmTool>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, LlmTool.class))
			.keySet();
		if (methods.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> {
			ReflectionHints reflection = generationContext.getRuntimeHints().reflection();
			List<Type> types = new ArrayList<>();
			for (Method method : methods) {
				reflection.registerMethod(method, ExecutableMode.INVOKE);
				types.addAll(List.of(method.getGenericParameterTypes()));
				types.add(method.getGenericReturnType());
			}
			new BindingReflectionHintsRegistrar().registerReflectionHints(reflection, types.toArray(Type[]::new));
		};
	}

}

package io.github.llmkit.tool;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tool backed by an {@link LlmTool} method of a target object. The schema, the argument types and a method
 * handle bound to the target are built once, at construction; a call only converts the arguments with Jackson
 * and invokes the handle. Thread-safe if the method is.
 *
 * @since 0.1.0
 */
public final class MethodTool implements Tool {

	private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

	private final Method method;

	private final ToolInvoker invoker;

	private final MethodHandle handle;

	private final JsonMapper mapper;

	private final String[] names;

	private final JavaType[] types;

	private final Object[] absentValues;

	private final ToolInvoker.Body body = this::invoke;

	private MethodTool(Object target, Method method, JsonMapper mapper) {
		LlmTool annotation = method.getAnnotation(LlmTool.class);
		if (annotation == null) {
			throw new ToolException("Method " + describe(method) + " is not annotated with @LlmTool");
		}
		boolean isStatic = Modifier.isStatic(method.getModifiers());
		if (!isStatic && target == null) {
			throw new ToolException("Tool method " + describe(method) + " needs a target object");
		}
		if (!isStatic && !method.getDeclaringClass().isInstance(target)) {
			throw new ToolException("Tool method " + describe(method) + " needs a target of type "
					+ method.getDeclaringClass().getName() + ", not " + target.getClass().getName());
		}
		for (Parameter parameter : method.getParameters()) {
			if (!parameter.isNamePresent()) {
				throw new ToolException("Tool method " + describe(method)
						+ " has no parameter names; compile it with the javac option -parameters");
			}
		}
		this.method = method;
		this.mapper = mapper;
		String name = (annotation.name().isEmpty()) ? method.getName() : annotation.name();
		this.invoker = new ToolInvoker(new ToolDefinition(name, annotation.description(),
				MethodSchema.of(method, mapper)), mapper);
		this.handle = handle(method, (isStatic) ? null : target);
		Parameter[] parameters = method.getParameters();
		this.names = new String[parameters.length];
		this.types = new JavaType[parameters.length];
		this.absentValues = new Object[parameters.length];
		for (int i = 0; i < parameters.length; i++) {
			this.names[i] = parameters[i].getName();
			this.types[i] = mapper.getTypeFactory().constructType(parameters[i].getParameterizedType());
			this.absentValues[i] = absentValue(parameters[i].getType());
		}
	}

	/**
	 * Create a tool from an {@link LlmTool} method, with the shared Jackson mapper.
	 * @param target the object the method is called on; ignored for a static method
	 * @param method the method
	 * @return the tool
	 * @throws ToolException if the method is not annotated, its name is invalid, or it cannot be made accessible
	 */
	public static MethodTool of(Object target, Method method) {
		return of(target, method, JsonMapper.shared());
	}

	/**
	 * Create a tool from an {@link LlmTool} method.
	 * @param target the object the method is called on; ignored for a static method
	 * @param method the method
	 * @param mapper the mapper used to convert arguments and results
	 * @return the tool
	 * @throws ToolException if the method is not annotated, its name is invalid, or it cannot be made accessible
	 */
	public static MethodTool of(Object target, Method method, JsonMapper mapper) {
		if (method == null) {
			throw new IllegalArgumentException("'method' must not be null");
		}
		if (mapper == null) {
			throw new IllegalArgumentException("'mapper' must not be null");
		}
		try {
			return new MethodTool(target, method, mapper);
		}
		catch (IllegalArgumentException ex) {
			throw new ToolException("Tool method " + describe(method) + " cannot be used: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Create one tool per {@link LlmTool} method of a bean, including inherited ones, sorted by tool name.
	 * @param bean the object whose methods become tools
	 * @return the tools; empty if the bean has no annotated method
	 * @throws ToolException if two methods have the same tool name, or a method cannot be used
	 */
	public static List<MethodTool> fromBean(Object bean) {
		if (bean == null) {
			throw new IllegalArgumentException("'bean' must not be null");
		}
		Map<String, MethodTool> tools = new LinkedHashMap<>();
		for (Method method : toolMethods(bean.getClass())) {
			MethodTool tool = of(bean, method);
			MethodTool existing = tools.putIfAbsent(tool.name(), tool);
			if (existing != null) {
				throw new ToolException("Tool '" + tool.name() + "' is defined twice in " + bean.getClass().getName()
						+ ": by " + describe(existing.method) + " and by " + describe(method));
			}
		}
		List<MethodTool> sorted = new ArrayList<>(tools.values());
		sorted.sort(Comparator.comparing(MethodTool::name));
		return sorted;
	}

	@Override
	public ToolDefinition definition() {
		return this.invoker.definition();
	}

	@Override
	public ToolResult execute(JsonNode arguments) {
		return this.invoker.execute(arguments, this.body);
	}

	@Override
	public ToolResult execute(String arguments) {
		return this.invoker.execute(arguments, this.body);
	}

	/**
	 * Return the method behind this tool.
	 * @return the method
	 */
	public Method method() {
		return this.method;
	}

	@Override
	public String toString() {
		return "Tool '" + name() + "' (" + describe(this.method) + ")";
	}

	private Object invoke(JsonNode arguments) throws Throwable {
		Object[] values = new Object[this.names.length];
		for (int i = 0; i < values.length; i++) {
			JsonNode value = arguments.get(this.names[i]);
			if (value == null || value.isNull()) {
				values[i] = this.absentValues[i];
				continue;
			}
			try {
				values[i] = this.mapper.treeToValue(value, this.types[i]);
			}
			catch (JacksonException ex) {
				throw new ToolInvoker.InvalidArgumentException("$." + this.names[i] + ": " + ex.getOriginalMessage(),
						ex);
			}
		}
		return (Object) this.handle.invokeExact(values);
	}

	static String describe(Method method) {
		StringBuilder text = new StringBuilder(method.getDeclaringClass().getName()).append('.')
			.append(method.getName())
			.append('(');
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			text.append((i > 0) ? ", " : "").append(types[i].getSimpleName());
		}
		return text.append(')').toString();
	}

	private static List<Method> toolMethods(Class<?> type) {
		List<Method> methods = new ArrayList<>();
		Set<String> signatures = new HashSet<>();
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Method method : current.getDeclaredMethods()) {
				if (method.isAnnotationPresent(LlmTool.class) && !method.isBridge() && !method.isSynthetic()
						&& signatures.add(method.getName() + MethodType.methodType(void.class,
								method.getParameterTypes()).toMethodDescriptorString())) {
					methods.add(method);
				}
			}
		}
		return methods;
	}

	private static MethodHandle handle(Method method, Object target) {
		MethodHandle handle;
		try {
			handle = LOOKUP.unreflect(method);
		}
		catch (IllegalAccessException ex) {
			handle = accessibleHandle(method);
		}
		if (target != null) {
			handle = handle.bindTo(target);
		}
		int count = method.getParameterCount();
		return handle.asType(MethodType.genericMethodType(count)).asSpreader(Object[].class, count);
	}

	private static MethodHandle accessibleHandle(Method method) {
		try {
			method.setAccessible(true);
			return LOOKUP.unreflect(method);
		}
		catch (IllegalAccessException | RuntimeException ex) {
			throw new ToolException(
					"Tool method " + describe(method) + " cannot be made accessible: " + ex.getMessage(), ex);
		}
	}

	private static Object absentValue(Class<?> type) {
		if (type == Optional.class) {
			return Optional.empty();
		}
		if (type == OptionalInt.class) {
			return OptionalInt.empty();
		}
		if (type == OptionalLong.class) {
			return OptionalLong.empty();
		}
		if (type == OptionalDouble.class) {
			return OptionalDouble.empty();
		}
		if (type.isPrimitive()) {
			return Array.get(Array.newInstance(type, 1), 0);
		}
		return null;
	}

}

package io.github.llmkit.tool;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import io.github.llmkit.internal.SchemaGenerators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the JSON Schema of a tool method's parameters with the victools generator: an object whose properties
 * are the parameters. Nested types are inlined; only recursive types fall back to {@code $defs}. A parameter that
 * is not required also accepts {@code null}, as victools makes optional fields.
 */
final class MethodSchema {

	private MethodSchema() {
	}

	/**
	 * Build the parameters schema of a method.
	 * @param method the method, compiled with {@code -parameters}
	 * @param mapper the mapper the schema nodes are created with
	 * @return the schema
	 */
	static ObjectNode of(Method method, JsonMapper mapper) {
		try {
			return build(method, generator(mapper, true), mapper);
		}
		catch (IllegalArgumentException ex) {
			return build(method, generator(mapper, false), mapper);
		}
	}

	private static ObjectNode build(Method method, SchemaGenerator generator, JsonMapper mapper) {
		SchemaBuilder builder = generator.buildMultipleSchemaDefinitions();
		ObjectNode schema = mapper.createObjectNode();
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		List<String> required = new ArrayList<>();
		List<ObjectNode> described = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		List<ObjectNode> optional = new ArrayList<>();
		for (Parameter parameter : method.getParameters()) {
			Type type = valueType(parameter.getParameterizedType());
			ObjectNode property = (JsonNode.class.isAssignableFrom(parameter.getType())) ? mapper.createObjectNode()
					: builder.createSchemaReference(type);
			properties.set(parameter.getName(), property);
			ToolParam annotation = parameter.getAnnotation(ToolParam.class);
			if (annotation != null && !annotation.description().isEmpty()) {
				described.add(property);
				descriptions.add(annotation.description());
			}
			if (isRequired(parameter)) {
				required.add(parameter.getName());
			}
			else {
				optional.add(property);
			}
		}
		ObjectNode definitions = builder.collectDefinitions("$defs");
		optional.forEach(MethodSchema::allowNull);
		for (int i = 0; i < described.size(); i++) {
			described.get(i).put("description", descriptions.get(i));
		}
		if (!required.isEmpty()) {
			ArrayNode array = schema.putArray("required");
			required.forEach(array::add);
		}
		if (!definitions.isEmpty()) {
			schema.set("$defs", definitions);
		}
		return schema;
	}

	private static void allowNull(ObjectNode property) {
		JsonNode type = property.get("type");
		if (type != null && type.isString()) {
			property.putArray("type").add(type.asString()).add("null");
			JsonNode values = property.get("enum");
			if (values != null && values.isArray()) {
				((ArrayNode) values).addNull();
			}
		}
	}

	/**
	 * Return whether a parameter must be supplied: unless it is optional or marked not required.
	 * @param parameter the parameter
	 * @return true when required
	 */
	static boolean isRequired(Parameter parameter) {
		ToolParam annotation = parameter.getAnnotation(ToolParam.class);
		return !isOptional(parameter.getType()) && (annotation == null || annotation.required());
	}

	private static boolean isOptional(Class<?> type) {
		return SchemaGenerators.isOptional(type);
	}

	private static Type valueType(Type type) {
		if (type == OptionalInt.class) {
			return int.class;
		}
		if (type == OptionalLong.class) {
			return long.class;
		}
		if (type == OptionalDouble.class) {
			return double.class;
		}
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
			return parameterized.getActualTypeArguments()[0];
		}
		return (type == Optional.class) ? Object.class : type;
	}

	private static SchemaGenerator generator(JsonMapper mapper, boolean inline) {
		return SchemaGenerators.create(mapper, inline, MethodSchema::isRequired, MethodSchema::description, false);
	}

	private static boolean isRequired(FieldScope field) {
		ToolParam annotation = field.getAnnotation(ToolParam.class);
		return !isOptional(field.getDeclaredType().getErasedType()) && (annotation == null || annotation.required());
	}

	private static String description(FieldScope field) {
		ToolParam annotation = field.getAnnotation(ToolParam.class);
		return (annotation != null && !annotation.description().isEmpty()) ? annotation.description() : null;
	}

}

package io.github.llmkit.structured;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import io.github.llmkit.chat.ResponseFormat;
import io.github.llmkit.internal.SchemaGenerators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a typed answer needs about one Java type, built once and cached: the JSON Schema from the victools
 * generator (wrapped in an object under {@code value} or {@code items} when the type is not an object, since
 * providers want an object at the root), the response format, the compiled validator and the Jackson type.
 */
final class AnswerDefinition {

	/** Binds validated answers; unknown fields (a model's extras where the schema is only a hint) are ignored. */
	static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Map<Type, AnswerDefinition> CACHE = new ConcurrentHashMap<>();

	private static final int MAX_NAME = 64;

	private final Type type;

	private final JavaType javaType;

	private final ObjectNode schema;

	private final String wrapKey;

	private final ResponseFormat format;

	private final AnswerValidator validator;

	private AnswerDefinition(Type type) {
		this.type = type;
		this.javaType = MAPPER.getTypeFactory().constructType(type);
		ObjectNode generated = generate(type);
		this.wrapKey = (isObject(generated)) ? null : ("array".equals(generated.path("type").asString("")))
				? "items" : "value";
		this.schema = (this.wrapKey != null) ? wrap(generated, this.wrapKey) : generated;
		this.format = ResponseFormat.jsonSchema(name(type), this.schema);
		this.validator = AnswerValidator.of(type.getTypeName(), this.schema);
	}

	static AnswerDefinition of(Type type) {
		AnswerDefinition known = CACHE.get(type);
		return (known != null) ? known : CACHE.computeIfAbsent(type, AnswerDefinition::new);
	}

	Type type() {
		return this.type;
	}

	JavaType javaType() {
		return this.javaType;
	}

	ObjectNode schema() {
		return this.schema;
	}

	ResponseFormat format() {
		return this.format;
	}

	AnswerValidator validator() {
		return this.validator;
	}

	/**
	 * Return the value inside a validated tree: the tree itself, or its wrapped field.
	 */
	JsonNode unwrap(JsonNode tree) {
		return (this.wrapKey != null) ? tree.get(this.wrapKey) : tree;
	}

	/**
	 * Return a tree in the schema's shape: a bare value for a wrapped type (what a model in JSON mode may
	 * answer despite the instruction) is wrapped.
	 */
	JsonNode shape(JsonNode tree) {
		if (this.wrapKey == null || (tree.isObject() && tree.has(this.wrapKey) && tree.size() == 1)) {
			return tree;
		}
		return MAPPER.createObjectNode().set(this.wrapKey, tree);
	}

	private static ObjectNode generate(Type type) {
		try {
			return generator(true).generateSchema(type);
		}
		catch (IllegalArgumentException ex) {
			return generator(false).generateSchema(type);
		}
	}

	private static SchemaGenerator generator(boolean inline) {
		return SchemaGenerators.create(MAPPER, inline, AnswerDefinition::isRequired, (field) -> null, true);
	}

	private static boolean isRequired(FieldScope field) {
		return !SchemaGenerators.isOptional(field.getDeclaredType().getErasedType());
	}

	private static boolean isObject(ObjectNode schema) {
		return "object".equals(schema.path("type").asString("")) && !schema.has("additionalProperties")
				|| "object".equals(schema.path("type").asString("")) && schema.has("properties");
	}

	private static ObjectNode wrap(ObjectNode schema, String key) {
		ObjectNode wrapper = MAPPER.createObjectNode().put("type", "object");
		JsonNode definitions = schema.remove("$defs");
		wrapper.putObject("properties").set(key, schema);
		wrapper.putArray("required").add(key);
		if (definitions != null) {
			wrapper.set("$defs", definitions);
		}
		return wrapper;
	}

	static String name(Type type) {
		StringBuilder name = new StringBuilder();
		appendName(name, type);
		String cleaned = name.toString().replaceAll("[^a-zA-Z0-9_-]", "");
		cleaned = (cleaned.length() > MAX_NAME) ? cleaned.substring(0, MAX_NAME) : cleaned;
		return (cleaned.isEmpty()) ? "answer" : cleaned;
	}

	private static void appendName(StringBuilder name, Type type) {
		if (type instanceof Class<?> raw) {
			name.append((raw.isArray()) ? raw.getComponentType().getSimpleName() + "_array" : raw.getSimpleName());
		}
		else if (type instanceof ParameterizedType parameterized) {
			appendName(name, parameterized.getRawType());
			for (Type argument : parameterized.getActualTypeArguments()) {
				name.append('_');
				appendName(name, argument);
			}
		}
		else if (type instanceof GenericArrayType array) {
			appendName(name, array.getGenericComponentType());
			name.append("_array");
		}
		else {
			name.append("value");
		}
	}

	/**
	 * The outcome of reading one answer: the bound value, or what is wrong with it.
	 */
	record Outcome(Object value, List<String> errors) {

		boolean valid() {
			return this.errors.isEmpty();
		}

	}

}

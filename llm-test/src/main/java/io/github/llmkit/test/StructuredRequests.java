package io.github.llmkit.test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * What the simulator checks, and reads, in structured-output requests, family by family: OpenAI's
 * {@code response_format} (name rules, strict-mode schema rules, the word "json" in JSON mode), DeepSeek's JSON
 * mode only, Groq's per-model schema support and no schema on streams, Mistral's required {@code schema}, Claude's
 * {@code output_config.format} (closed objects, supporting models) and forced tool choice, Gemini's
 * {@code responseJsonSchema} (needs {@code responseMimeType}, excludes {@code responseSchema}).
 */
final class StructuredRequests {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

	private static final Set<String> STRICT_UNSUPPORTED = Set.of("allOf", "not", "if", "then", "else",
			"dependentRequired", "dependentSchemas", "oneOf", "minLength", "maxLength", "patternProperties",
			"minProperties", "maxProperties", "uniqueItems", "contains", "default");

	private static final Pattern GROQ_SCHEMA_MODELS = Pattern
		.compile("openai/gpt-oss-.*|moonshotai/kimi-k2-instruct-0905|meta-llama/llama-4-.*");

	private static final Pattern CLAUDE_STRUCTURED_MODELS = Pattern
		.compile("claude-(opus|sonnet)-4-[5-9].*|claude-haiku-4-5.*|claude-(opus|sonnet|haiku)-([5-9]|\\d\\d).*");

	private StructuredRequests() {
	}

	/**
	 * Return the error message for an OpenAI-compatible {@code response_format}, or null when it is acceptable.
	 */
	static String openAiProblem(OpenAiPersonality personality, JsonNode body) {
		JsonNode format = body.get("response_format");
		if (format == null || format.isNull()) {
			return null;
		}
		String type = format.path("type").asString("");
		String id = personality.id();
		if (type.equals("json_object")) {
			boolean saysJson = body.path("messages").toString().toLowerCase(Locale.ROOT).contains("json");
			if (!saysJson && (id.equals("openai") || id.equals("deepseek"))) {
				return (id.equals("deepseek"))
						? "Prompt must contain the word 'json' in some form to use 'response_format' of type 'json_object'."
						: "'messages' must contain the word 'json' in some form, to use 'response_format' of type "
								+ "'json_object'.";
			}
			return null;
		}
		if (type.equals("text")) {
			return null;
		}
		if (!type.equals("json_schema")) {
			return "Invalid value: '" + type + "'. Supported values are: 'text', 'json_object' and 'json_schema'.";
		}
		if (id.equals("deepseek")) {
			return "This response_format type is unavailable now";
		}
		String model = body.path("model").asString("");
		if (id.equals("groq") && !GROQ_SCHEMA_MODELS.matcher(model).matches()) {
			return "This model does not support response format `json_schema`. See supported models at "
					+ "https://console.groq.com/docs/structured-outputs#supported-models";
		}
		if (id.equals("groq") && body.path("stream").asBoolean(false)) {
			return "response_format `json_schema` is not supported with streaming";
		}
		JsonNode spec = format.path("json_schema");
		if (!NAME.matcher(spec.path("name").asString("")).matches()) {
			return "Missing required parameter: 'response_format.json_schema.name'.";
		}
		if (!spec.path("schema").isObject()) {
			return (id.equals("mistral")) ? "response_format.json_schema.schema: Field required" : null;
		}
		if (spec.path("strict").asBoolean(false) && id.equals("openai")) {
			String strict = strictProblem(spec.get("schema"), "");
			return (strict != null) ? "Invalid schema for response_format '" + spec.path("name").asString() + "': "
					+ strict : null;
		}
		return null;
	}

	/**
	 * Check OpenAI strict-mode rules: an object at the root, every object closed with every property required,
	 * no unsupported keyword.
	 */
	static String strictProblem(JsonNode schema, String context) {
		if (context.isEmpty() && !"object".equals(schema.path("type").asString(""))) {
			return "schema must be a JSON Schema of 'type: \"object\"', got 'type: \"" + schema.path("type") + "\"'.";
		}
		for (String keyword : schema.propertyNames()) {
			if (STRICT_UNSUPPORTED.contains(keyword)) {
				return "In context=(" + context + "), '" + keyword + "' is not permitted.";
			}
		}
		if (schema.has("properties")) {
			if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
				return "In context=(" + context + "), 'additionalProperties' is required to be supplied and to be "
						+ "false.";
			}
			for (String key : schema.get("properties").propertyNames()) {
				if (!contains(schema.path("required"), key)) {
					return "In context=(" + context + "), 'required' is required to be supplied and to be an array "
							+ "including every key in properties. Missing '" + key + "'.";
				}
			}
			for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
				String problem = strictProblem(property.getValue(), context + "'properties', '" + property.getKey() + "'");
				if (problem != null) {
					return problem;
				}
			}
		}
		for (String nested : new String[] { "items", "anyOf", "$defs" }) {
			JsonNode value = schema.get(nested);
			if (value == null) {
				continue;
			}
			Iterable<JsonNode> children = (nested.equals("items")) ? List.of(value) : value.values();
			for (JsonNode child : children) {
				String problem = strictProblem(child, context + "'" + nested + "'");
				if (problem != null) {
					return problem;
				}
			}
		}
		return null;
	}

	private static boolean contains(JsonNode array, String value) {
		for (JsonNode item : array) {
			if (value.equals(item.asString(""))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the error message for Claude's {@code output_config.format} and forced tool choice, or null.
	 */
	static String anthropicProblem(JsonNode body) {
		JsonNode choice = body.path("tool_choice");
		if ("tool".equals(choice.path("type").asString(""))) {
			String name = choice.path("name").asString("");
			boolean offered = false;
			for (JsonNode tool : body.path("tools")) {
				offered |= name.equals(tool.path("name").asString(""));
			}
			if (!offered) {
				return "tool_choice: tool '" + name + "' not found in tools";
			}
		}
		JsonNode format = body.path("output_config").path("format");
		if (format.isMissingNode()) {
			return null;
		}
		if (!"json_schema".equals(format.path("type").asString("")) || !format.path("schema").isObject()) {
			return "output_config.format: expected {\"type\": \"json_schema\", \"schema\": {...}}";
		}
		String model = body.path("model").asString("");
		if (!CLAUDE_STRUCTURED_MODELS.matcher(model).matches()) {
			return "'" + model + "' does not support output_config.format";
		}
		return closedProblem(format.get("schema"));
	}

	private static String closedProblem(JsonNode schema) {
		if (!schema.isObject()) {
			return null;
		}
		if ("object".equals(schema.path("type").asString("")) || schema.has("properties")) {
			JsonNode additional = schema.get("additionalProperties");
			if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
				return "output_config.format.schema: For 'object' type, 'additionalProperties' must be explicitly "
						+ "set to false";
			}
		}
		for (JsonNode child : schema.path("properties")) {
			String problem = closedProblem(child);
			if (problem != null) {
				return problem;
			}
		}
		for (String nested : new String[] { "anyOf", "allOf", "$defs" }) {
			for (JsonNode child : schema.path(nested)) {
				String problem = closedProblem(child);
				if (problem != null) {
					return problem;
				}
			}
		}
		return closedProblem(schema.path("items"));
	}

	/**
	 * Return the field and message of a Gemini structured-output violation, or null.
	 */
	static Map.Entry<String, String> geminiProblem(JsonNode config) {
		boolean jsonSchema = config.has("responseJsonSchema") || config.has("response_json_schema");
		boolean schema = config.has("responseSchema") || config.has("response_schema");
		if (jsonSchema && schema) {
			return Map.entry("generation_config", "response_schema and response_json_schema are mutually "
					+ "exclusive; set only one of them.");
		}
		String mime = Json.field(config, "responseMimeType", "response_mime_type").asString("");
		if ((jsonSchema || schema) && !mime.equals("application/json") && !mime.equals("text/x.enum")) {
			return Map.entry("generation_config.response_mime_type", "response_mime_type must be application/json "
					+ "when a response schema is set; got '" + mime + "'.");
		}
		return null;
	}

}

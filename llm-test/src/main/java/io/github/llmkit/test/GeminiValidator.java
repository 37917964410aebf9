package io.github.llmkit.test;

import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The Gemini request checks that catch client mistakes cheaply: required {@code contents}, unknown fields (Gemini
 * rejects them at every level it knows), and JSON Schema keywords that the OpenAPI-subset {@code parameters}
 * schema does not accept.
 */
final class GeminiValidator {

	private static final Set<String> REQUEST_FIELDS = Set.of("contents", "systemInstruction", "system_instruction",
			"tools", "toolConfig", "tool_config", "safetySettings", "safety_settings", "generationConfig",
			"generation_config", "cachedContent", "cached_content", "model", "serviceTier", "service_tier");

	private static final Set<String> GENERATION_FIELDS = Set.of("candidateCount", "candidate_count",
			"stopSequences", "stop_sequences", "maxOutputTokens", "max_output_tokens", "temperature", "topP", "top_p",
			"topK", "top_k", "seed", "responseMimeType", "response_mime_type", "responseSchema", "response_schema",
			"responseJsonSchema", "response_json_schema", "presencePenalty", "presence_penalty", "frequencyPenalty",
			"frequency_penalty", "responseLogprobs", "response_logprobs", "logprobs", "enableEnhancedCivicAnswers",
			"responseModalities", "response_modalities", "speechConfig", "speech_config", "thinkingConfig",
			"thinking_config", "imageConfig", "image_config", "mediaResolution", "media_resolution");

	private static final Set<String> SCHEMA_FIELDS = Set.of("type", "format", "title", "description", "nullable",
			"enum", "items", "minItems", "maxItems", "properties", "required", "minProperties", "maxProperties",
			"minLength", "maxLength", "pattern", "example", "anyOf", "propertyOrdering", "default", "minimum",
			"maximum", "min_items", "max_items", "any_of", "property_ordering");

	private GeminiValidator() {
	}

	/**
	 * Return the field path and message of the first violation, or null when the request is acceptable.
	 */
	static Map.Entry<String, String> generate(JsonNode body, String model) {
		if (body == null || !body.isObject()) {
			return Map.entry("", "Invalid JSON payload received. Expected an object.");
		}
		for (String field : body.propertyNames()) {
			if (!REQUEST_FIELDS.contains(field)) {
				return unknown(field, "");
			}
		}
		if (!body.path("contents").isArray() || body.get("contents").isEmpty()) {
			return Map.entry("contents", "* GenerateContentRequest.contents: contents is not specified");
		}
		Map.Entry<String, String> media = GeminiMedia.problem(body.get("contents"));
		if (media != null) {
			return media;
		}
		JsonNode config = Json.field(body, "generationConfig", "generation_config");
		for (String field : config.propertyNames()) {
			if (!GENERATION_FIELDS.contains(field)) {
				return unknown(field, "generation_config");
			}
		}
		if (model.startsWith("gemini-3")) {
			Map.Entry<String, String> unsigned = signatures(body.get("contents"));
			if (unsigned != null) {
				return unsigned;
			}
		}
		int toolIndex = 0;
		for (JsonNode tool : body.path("tools")) {
			JsonNode declarations = Json.field(tool, "functionDeclarations", "function_declarations");
			for (int i = 0; i < declarations.size(); i++) {
				String path = "tools[" + toolIndex + "].function_declarations[" + i + "].parameters";
				Map.Entry<String, String> bad = schema(declarations.get(i).path("parameters"), path);
				if (bad != null) {
					return bad;
				}
			}
			toolIndex++;
		}
		return null;
	}

	/**
	 * Check, as Gemini 3 does, that the first function call of every model step after the last ordinary user
	 * message carries its {@code thoughtSignature}.
	 */
	private static Map.Entry<String, String> signatures(JsonNode contents) {
		int start = 0;
		for (int i = contents.size() - 1; i >= 0 && start == 0; i--) {
			JsonNode content = contents.get(i);
			if (!"model".equals(content.path("role").asString("user")) && hasOrdinaryPart(content)) {
				start = i + 1;
			}
		}
		for (int i = start; i < contents.size(); i++) {
			JsonNode content = contents.get(i);
			JsonNode call = firstFunctionCall(content);
			if ("model".equals(content.path("role").asString("")) && call != null && !call.has("thoughtSignature")
					&& !call.has("thought_signature")) {
				String name = call.path("functionCall").path("name").asString(call.path("function_call").path("name")
					.asString(""));
				return Map.entry("contents[" + i + "]", "Function call `" + name + "` in the `" + i
						+ ".` content block is missing a `thought_signature`.");
			}
		}
		return null;
	}

	private static boolean hasOrdinaryPart(JsonNode content) {
		for (JsonNode part : content.path("parts")) {
			if (!part.has("functionResponse") && !part.has("function_response")) {
				return true;
			}
		}
		return false;
	}

	private static JsonNode firstFunctionCall(JsonNode content) {
		for (JsonNode part : content.path("parts")) {
			if (part.has("functionCall") || part.has("function_call")) {
				return part;
			}
		}
		return null;
	}

	private static Map.Entry<String, String> schema(JsonNode schema, String path) {
		if (!schema.isObject()) {
			return null;
		}
		for (String field : schema.propertyNames()) {
			if (!SCHEMA_FIELDS.contains(field)) {
				return unknown(field, path);
			}
		}
		for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
			Map.Entry<String, String> bad = schema(property.getValue(),
					path + ".properties[" + property.getKey() + "].value");
			if (bad != null) {
				return bad;
			}
		}
		Map.Entry<String, String> items = schema(schema.path("items"), path + ".items");
		if (items != null) {
			return items;
		}
		JsonNode anyOf = Json.field(schema, "anyOf", "any_of");
		for (int i = 0; i < anyOf.size(); i++) {
			Map.Entry<String, String> bad = schema(anyOf.get(i), path + ".any_of[" + i + "]");
			if (bad != null) {
				return bad;
			}
		}
		return null;
	}

	private static Map.Entry<String, String> unknown(String field, String path) {
		String at = (path.isEmpty()) ? "" : " at '" + path + "'";
		return Map.entry((path.isEmpty()) ? field : path,
				"Invalid JSON payload received. Unknown name \"" + field + "\"" + at + ": Cannot find field.");
	}

}

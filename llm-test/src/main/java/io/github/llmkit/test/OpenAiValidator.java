package io.github.llmkit.test;

import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request checks the OpenAI-compatible providers make that catch client mistakes cheaply: OpenAI's unknown
 * arguments and reasoning-model rules, Mistral's strict schema, tool-call ids and message order, Groq's unsupported
 * fields.
 */
final class OpenAiValidator {

	static final String MISSING_MODEL = "missing-model";

	private static final Set<String> OPENAI_FIELDS = Set.of("model", "messages", "temperature", "top_p",
			"max_completion_tokens", "max_tokens", "n", "stop", "seed", "user", "stream", "stream_options",
			"reasoning_effort", "verbosity", "tools", "tool_choice", "parallel_tool_calls", "response_format",
			"logprobs", "top_logprobs", "frequency_penalty", "presence_penalty", "logit_bias", "service_tier", "store",
			"metadata", "prediction", "modalities", "audio", "web_search_options", "prompt_cache_key",
			"safety_identifier", "moderation", "functions", "function_call");

	private static final Set<String> MISTRAL_FIELDS = Set.of("model", "messages", "temperature", "top_p",
			"max_tokens", "stream", "stop", "random_seed", "metadata", "response_format", "tools", "tool_choice",
			"presence_penalty", "frequency_penalty", "n", "prediction", "parallel_tool_calls", "reasoning_effort",
			"prompt_mode", "guardrails", "prompt_cache_key", "safe_prompt");

	private static final Set<String> MISTRAL_MESSAGE_FIELDS = Set.of("role", "content", "name", "tool_calls",
			"tool_call_id", "prefix");

	private static final Pattern MISTRAL_CALL_ID = Pattern.compile("[a-zA-Z0-9]{9}");

	/** The o-series and gpt-5 family, except the non-reasoning chat models such as {@code gpt-5-chat-latest}. */
	private static final Pattern REASONING_MODEL = Pattern.compile("^(o\\d|gpt-5)(?!.*-chat).*");

	private OpenAiValidator() {
	}

	static HttpReply chat(OpenAiPersonality personality, JsonNode body) {
		if (body == null || !body.isObject()) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", null,
					"We could not parse the JSON body of your request.", null);
		}
		if (!body.path("model").isString()) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", "missing_required_parameter",
					"Missing required parameter: 'model'.", "model");
		}
		if (!body.path("messages").isArray()) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", "missing_required_parameter",
					"Missing required parameter: 'messages'.", "messages");
		}
		if (MISSING_MODEL.equals(body.get("model").stringValue())) {
			return OpenAiErrors.modelNotFound(personality, MISSING_MODEL);
		}
		HttpReply media = OpenAiMedia.check(personality, body);
		if (media != null) {
			return media;
		}
		if (personality.has(OpenAiPersonality.Quirk.STRICT_OPENAI_FIELDS)) {
			return openAi(personality, body);
		}
		if (personality.has(OpenAiPersonality.Quirk.STRICT_MISTRAL_FIELDS)) {
			return mistral(personality, body);
		}
		if (personality.has(OpenAiPersonality.Quirk.REJECTS_LOGPROBS_AND_NAMES)) {
			return groq(personality, body);
		}
		return null;
	}

	private static HttpReply openAi(OpenAiPersonality personality, JsonNode body) {
		boolean reasoning = REASONING_MODEL.matcher(body.get("model").stringValue()).matches();
		for (String field : body.propertyNames()) {
			if (!OPENAI_FIELDS.contains(field) || (field.equals("reasoning_effort") && !reasoning)) {
				return OpenAiErrors.of(personality, 400, "invalid_request_error", null,
						"Unrecognized request argument supplied: " + field, null);
			}
		}
		if (body.has("stream_options") && !body.path("stream").asBoolean(false)) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", null,
					"The 'stream_options' parameter is only allowed when 'stream' is enabled.", "stream_options");
		}
		if (reasoning && body.has("max_tokens")) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", "unsupported_parameter",
					"Unsupported parameter: 'max_tokens' is not supported with this model. "
							+ "Use 'max_completion_tokens' instead.",
					"max_tokens");
		}
		if (reasoning && body.has("stop")) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", "unsupported_parameter",
					"Unsupported parameter: 'stop' is not supported with this model.", "stop");
		}
		JsonNode temperature = body.get("temperature");
		if (reasoning && temperature != null && temperature.isNumber() && temperature.asDouble() != 1.0) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", "unsupported_value",
					"Unsupported value: 'temperature' does not support " + temperature
							+ " with this model. Only the default (1) value is supported.",
					"temperature");
		}
		return null;
	}

	private static HttpReply mistral(OpenAiPersonality personality, JsonNode body) {
		for (String field : body.propertyNames()) {
			if (!MISTRAL_FIELDS.contains(field)) {
				return extraForbidden(body.get(field), "body", field);
			}
		}
		String previousRole = null;
		int index = 0;
		for (JsonNode message : body.get("messages")) {
			for (String field : message.propertyNames()) {
				if (!MISTRAL_MESSAGE_FIELDS.contains(field)) {
					return extraForbidden(message.get(field), "body", "messages", String.valueOf(index),
							message.path("role").asString(""), field);
				}
			}
			String role = message.path("role").asString("");
			if ("tool".equals(previousRole) && "user".equals(role)) {
				return OpenAiErrors.of(personality, 400, "invalid_request_message_order", "3230",
						"Unexpected role 'user' after role 'tool'", null);
			}
			if ("assistant".equals(role) && message.path("tool_calls").isEmpty()
					&& !hasContent(message.get("content"))) {
				return OpenAiErrors.of(personality, 400, "invalid_request_error", null,
						"Assistant message must have either content or tool_calls, but not none.", null);
			}
			HttpReply badId = mistralCallIds(personality, message);
			if (badId != null) {
				return badId;
			}
			previousRole = role;
			index++;
		}
		return null;
	}

	private static boolean hasContent(JsonNode content) {
		return content != null && ((content.isString() && !content.stringValue().isEmpty())
				|| (content.isArray() && !content.isEmpty()));
	}

	private static HttpReply mistralCallIds(OpenAiPersonality personality, JsonNode message) {
		for (JsonNode call : message.path("tool_calls")) {
			HttpReply bad = mistralCallId(personality, call.path("id").asString(""));
			if (bad != null) {
				return bad;
			}
		}
		return (message.has("tool_call_id")) ? mistralCallId(personality, message.get("tool_call_id").asString(""))
				: null;
	}

	private static HttpReply mistralCallId(OpenAiPersonality personality, String id) {
		if (MISTRAL_CALL_ID.matcher(id).matches()) {
			return null;
		}
		return OpenAiErrors.of(personality, 400, "invalid_function_call", "3280",
				"Tool call id was " + id + " but must be a-z, A-Z, 0-9, with a length of 9.", null);
	}

	private static HttpReply extraForbidden(JsonNode input, String... location) {
		ObjectNode detail = Json.object();
		detail.put("type", "extra_forbidden");
		ArrayNode loc = detail.putArray("loc");
		for (String part : location) {
			loc.add(part);
		}
		detail.put("msg", "Extra inputs are not permitted");
		detail.set("input", input);
		ObjectNode body = Json.object();
		body.put("object", "error");
		body.putObject("message").putArray("detail").add(detail);
		body.put("type", "invalid_request_error");
		body.putNull("param");
		body.putNull("code");
		return HttpReply.json(422, body);
	}

	private static HttpReply groq(OpenAiPersonality personality, JsonNode body) {
		for (String field : new String[] { "logprobs", "logit_bias", "top_logprobs" }) {
			if (body.has(field)) {
				return OpenAiErrors.of(personality, 400, "invalid_request_error", null,
						"'" + field + "' is not supported", null);
			}
		}
		if (body.has("n") && body.get("n").asInt() != 1) {
			return OpenAiErrors.of(personality, 400, "invalid_request_error", null, "'n' : number must be at most 1",
					null);
		}
		for (JsonNode message : body.get("messages")) {
			if (message.has("name")) {
				return OpenAiErrors.of(personality, 400, "invalid_request_error", null,
						"'messages[].name' is not supported", null);
			}
		}
		return null;
	}

}

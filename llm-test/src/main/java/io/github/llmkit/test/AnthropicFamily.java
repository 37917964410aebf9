package io.github.llmkit.test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Anthropic Messages family: {@code x-api-key} and {@code anthropic-version} required, {@code POST /messages}
 * (plain and named-event SSE), {@code /messages/count_tokens}, and cursor-paged {@code GET /models}.
 */
final class AnthropicFamily implements Family {

	static final String VERSION = "2023-06-01";

	private static final String MESSAGES = "/messages";

	private static final String COUNT_TOKENS = "/messages/count_tokens";

	private static final String MODELS = "/models";

	@Override
	public HttpReply authorize(Call call) {
		String key = call.header("x-api-key");
		String bearer = call.header("authorization");
		if (key == null && bearer == null) {
			return error(call, 401, "authentication_error", "x-api-key header is required", Map.of());
		}
		if (!MockLlmServer.API_KEY.equals(key) && !("Bearer " + MockLlmServer.API_KEY).equals(bearer)) {
			return error(call, 401, "authentication_error", "invalid x-api-key", Map.of());
		}
		if (call.header("anthropic-version") == null) {
			return error(call, 400, "invalid_request_error", "anthropic-version: header is required", Map.of());
		}
		return null;
	}

	@Override
	public HttpReply validate(Call call) {
		String endpoint = call.endpoint();
		boolean post = "POST".equals(call.method());
		if ((endpoint.equals(MESSAGES) || endpoint.equals(COUNT_TOKENS)) && post) {
			String problem = AnthropicValidator.problem(call, endpoint.equals(MESSAGES));
			if (problem != null) {
				return error(call, 400, "invalid_request_error", problem, Map.of());
			}
			String model = call.json().get("model").stringValue();
			return (OpenAiValidator.MISSING_MODEL.equals(model))
					? error(call, 404, "not_found_error", "model: " + model, Map.of()) : null;
		}
		if (endpoint.equals(MODELS) && "GET".equals(call.method())) {
			return null;
		}
		if (endpoint.startsWith(MODELS + "/") && "GET".equals(call.method())) {
			String model = endpoint.substring(MODELS.length() + 1);
			return (AnthropicModels.find(model) == null)
					? error(call, 404, "not_found_error", "model: " + model, Map.of()) : null;
		}
		return error(call, 404, "not_found_error", "Not Found: " + call.method() + " /v1" + endpoint, Map.of());
	}

	@Override
	public HttpReply error(Call call, int status, String type, String message, Map<String, String> headers) {
		String requestId = requestId(call);
		ObjectNode body = errorBody(type, message);
		body.put("request_id", requestId);
		return HttpReply.json(status, body).withHeaders(Map.of("request-id", requestId)).withHeaders(headers);
	}

	static ObjectNode errorBody(String type, String message) {
		ObjectNode body = Json.object().put("type", "error");
		body.putObject("error").put("type", type).put("message", message);
		return body;
	}

	@Override
	public void respond(Call call, MockReply script) throws IOException {
		Map<String, String> headers = Map.of("request-id", requestId(call));
		switch (call.endpoint()) {
			case MESSAGES -> messages(call, script, headers);
			case COUNT_TOKENS -> call.send(HttpReply
				.json(200, Json.object().put("input_tokens", conversation(call.json()).promptTokens()))
				.withHeaders(headers));
			case MODELS -> call.send(HttpReply.json(200, AnthropicModels.page(call)).withHeaders(headers));
			default -> call.send(HttpReply
				.json(200, AnthropicModels.find(call.endpoint().substring(MODELS.length() + 1)))
				.withHeaders(headers));
		}
	}

	private void messages(Call call, MockReply script, Map<String, String> headers) throws IOException {
		JsonNode body = call.json();
		Conversation conversation = conversation(body);
		MockReply reply = (script != null) ? script : DefaultReplies.answer(conversation);
		Answer answer = Answer.of(reply, conversation, () -> "toolu_01" + call.ids().alnum(22));
		AnthropicRenderer renderer = new AnthropicRenderer("msg_01" + call.ids().alnum(22),
				body.get("model").stringValue());
		if (body.path("stream").asBoolean(false)) {
			call.stream("text/event-stream; charset=utf-8", headers, renderer.stream(answer, reply));
		}
		else {
			call.send(HttpReply.json(200, renderer.message(answer)).withHeaders(headers));
		}
	}

	private static String requestId(Call call) {
		return "req_011C" + call.ids().alnum(20);
	}

	static Conversation conversation(JsonNode body) {
		Set<String> tools = new LinkedHashSet<>();
		body.path("tools").forEach((tool) -> tools.add(tool.path("name").asString("")));
		JsonNode messages = body.path("messages");
		List<String> results = new ArrayList<>();
		JsonNode last = (messages.isEmpty()) ? null : messages.get(messages.size() - 1);
		if (last != null && "user".equals(last.path("role").asString(""))) {
			for (JsonNode block : last.path("content")) {
				if ("tool_result".equals(block.path("type").asString(""))) {
					results.add(Texts.joined(block.get("content")));
				}
			}
		}
		String userText = null;
		List<Attachment> attachments = List.of();
		for (int i = messages.size() - 1; i >= 0 && userText == null; i--) {
			JsonNode message = messages.get(i);
			if ("user".equals(message.path("role").asString(""))) {
				userText = Texts.joined(message.get("content"));
				attachments = AnthropicMedia.attachments(message.path("content"));
				userText = (userText == null && !attachments.isEmpty()) ? "" : userText;
			}
		}
		String thinking = body.path("thinking").path("type").asString("");
		return new Conversation(userText, results, tools, Texts.tokens(messages.toString() + body.path("system")),
				thinking.equals("enabled") || thinking.equals("adaptive"), attachments);
	}

}

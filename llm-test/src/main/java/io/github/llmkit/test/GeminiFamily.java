package io.github.llmkit.test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The Gemini family: the key only in the {@code x-goog-api-key} header (a {@code key=} query parameter is
 * refused so that clients are proven never to put keys in URLs), {@code models/{m}:generateContent},
 * {@code :streamGenerateContent?alt=sse}, {@code :countTokens}, {@code :embedContent},
 * {@code :batchEmbedContents} and paged {@code GET /models}.
 */
final class GeminiFamily implements Family {

	private static final String MODELS = "/models";

	@Override
	public HttpReply authorize(Call call) {
		if (call.query("key") != null) {
			return error(call, 400, "INVALID_ARGUMENT", "API keys belong in the x-goog-api-key header, not in the "
					+ "'key' query parameter: URLs end up in logs.", Map.of());
		}
		String key = call.header("x-goog-api-key");
		if (key == null) {
			return error(call, 403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers (callers without "
					+ "established identity). Please use API Key or other form of API consumer identity to call "
					+ "this API.", Map.of());
		}
		if (!MockLlmServer.API_KEY.equals(key)) {
			return GeminiErrors.invalidKey();
		}
		return null;
	}

	@Override
	public HttpReply validate(Call call) {
		String endpoint = call.endpoint();
		if ("GET".equals(call.method()) && endpoint.equals(MODELS)) {
			return null;
		}
		if (!endpoint.startsWith(MODELS + "/")) {
			return error(call, 404, "NOT_FOUND", "Method not found: " + call.method() + " " + endpoint, Map.of());
		}
		String model = model(endpoint);
		String method = method(endpoint);
		if (GeminiCatalog.find(model) == null) {
			return error(call, 404, "NOT_FOUND", "models/" + model + " is not found for API version v1beta, or is not "
					+ "supported for " + ((method != null) ? method : "get") + ". Call ListModels to see the list of "
					+ "available models and their supported methods.", Map.of());
		}
		if (method == null) {
			return ("GET".equals(call.method())) ? null
					: error(call, 404, "NOT_FOUND", "Method not found: " + call.method() + " " + endpoint, Map.of());
		}
		return validateMethod(call, model, method);
	}

	private HttpReply validateMethod(Call call, String model, String method) {
		switch (method) {
			case "generateContent", "streamGenerateContent", "countTokens" -> {
				if (method.equals("streamGenerateContent") && !"sse".equals(call.query("alt"))) {
					return error(call, 400, "INVALID_ARGUMENT",
							"streamGenerateContent is served as SSE only: add alt=sse to the URL", Map.of());
				}
				Map.Entry<String, String> violation = GeminiValidator.generate(call.json(), model);
				return (violation != null) ? GeminiErrors.badRequest(violation) : null;
			}
			case "embedContent" -> {
				boolean content = call.json() != null && call.json().has("content");
				return (content) ? null : error(call, 400, "INVALID_ARGUMENT",
						"* EmbedContentRequest.content: content is not specified", Map.of());
			}
			case "batchEmbedContents" -> {
				JsonNode requests = (call.json() != null) ? call.json().path("requests") : null;
				if (requests == null || !requests.isArray() || requests.isEmpty()) {
					return error(call, 400, "INVALID_ARGUMENT",
							"* BatchEmbedContentsRequest.requests: requests is not specified", Map.of());
				}
				if (requests.size() > GeminiCatalog.MAX_BATCH) {
					return error(call, 400, "INVALID_ARGUMENT", "* BatchEmbedContentsRequest.requests: at most "
							+ GeminiCatalog.MAX_BATCH + " requests can be in one batch", Map.of());
				}
				for (JsonNode request : requests) {
					String inner = request.path("model").asString("models/" + model);
					if (!inner.equals("models/" + model)) {
						return error(call, 400, "INVALID_ARGUMENT", "Model " + inner + " in the request does not "
								+ "match the model models/" + model + " in the URL", Map.of());
					}
				}
				return null;
			}
			default -> {
				return error(call, 404, "NOT_FOUND", "Method not found: " + method, Map.of());
			}
		}
	}

	@Override
	public HttpReply error(Call call, int status, String type, String message, Map<String, String> headers) {
		return GeminiErrors.of(status, type, message, headers);
	}

	@Override
	public void respond(Call call, MockReply script) throws IOException {
		String endpoint = call.endpoint();
		String method = method(endpoint);
		if (method == null) {
			call.send(HttpReply.json(200, (endpoint.equals(MODELS)) ? GeminiCatalog.page(call)
					: GeminiCatalog.find(model(endpoint))));
			return;
		}
		switch (method) {
			case "embedContent" -> call.send(HttpReply.json(200,
					Json.object().set("embedding", GeminiCatalog.embedding(call.json()))));
			case "batchEmbedContents" -> call.send(HttpReply.json(200, GeminiCatalog.batch(call.json())));
			case "countTokens" -> call.send(HttpReply.json(200,
					Json.object().put("totalTokens", conversation(call.json()).promptTokens())));
			default -> generate(call, script, model(endpoint), method.equals("streamGenerateContent"));
		}
	}

	private void generate(Call call, MockReply script, String model, boolean stream) throws IOException {
		Conversation conversation = conversation(call.json());
		MockReply reply = (script != null) ? script : DefaultReplies.answer(conversation);
		Answer answer = Answer.of(reply, conversation, () -> call.ids().lower(8));
		GeminiRenderer renderer = new GeminiRenderer(call.ids().alnum(22), model);
		if (stream) {
			call.stream("text/event-stream", Map.of(), renderer.stream(answer, reply));
		}
		else {
			call.send(HttpReply.json(200, renderer.response(answer)));
		}
	}

	private static String model(String endpoint) {
		String rest = endpoint.substring(MODELS.length() + 1);
		int colon = rest.indexOf(':');
		return (colon < 0) ? rest : rest.substring(0, colon);
	}

	private static String method(String endpoint) {
		int colon = endpoint.indexOf(':');
		return (colon < 0) ? null : endpoint.substring(colon + 1);
	}

	static Conversation conversation(JsonNode body) {
		Set<String> tools = new LinkedHashSet<>();
		for (JsonNode tool : body.path("tools")) {
			JsonNode declarations = Json.field(tool, "functionDeclarations", "function_declarations");
			declarations.forEach((declaration) -> tools.add(declaration.path("name").asString("")));
		}
		JsonNode contents = body.path("contents");
		List<String> results = new ArrayList<>();
		JsonNode last = (contents.isEmpty()) ? null : contents.get(contents.size() - 1);
		if (last != null) {
			for (JsonNode part : last.path("parts")) {
				JsonNode response = Json.field(part, "functionResponse", "function_response");
				if (response.isObject()) {
					results.add(functionOutput(response.path("response")));
				}
			}
		}
		String userText = null;
		List<Attachment> attachments = List.of();
		for (int i = contents.size() - 1; i >= 0 && userText == null; i--) {
			JsonNode content = contents.get(i);
			if (!"model".equals(content.path("role").asString("user"))) {
				userText = Texts.joined(content.path("parts"));
				attachments = GeminiMedia.attachments(content.path("parts"));
				userText = (userText == null && !attachments.isEmpty()) ? "" : userText;
			}
		}
		JsonNode config = Json.field(body, "generationConfig", "generation_config");
		JsonNode thinking = Json.field(config, "thinkingConfig", "thinking_config");
		boolean thoughts = Json.field(thinking, "includeThoughts", "include_thoughts").asBoolean(false);
		return new Conversation(userText, results, tools, Texts.tokens(contents.toString()), thoughts, attachments);
	}

	private static String functionOutput(JsonNode response) {
		for (String key : new String[] { "output", "result", "error" }) {
			if (response.has(key)) {
				return Json.text(response.get(key));
			}
		}
		return response.toString();
	}

}

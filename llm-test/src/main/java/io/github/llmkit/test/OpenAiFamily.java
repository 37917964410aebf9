package io.github.llmkit.test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI-compatible wire family for one provider personality: Bearer auth, {@code /chat/completions} (plain
 * and SSE), {@code /models} and {@code /embeddings}.
 */
final class OpenAiFamily implements Family {

	private static final String CHAT = "/chat/completions";

	private static final String MODELS = "/models";

	private static final String EMBEDDINGS = "/embeddings";

	private final OpenAiPersonality personality;

	OpenAiFamily(OpenAiPersonality personality) {
		this.personality = personality;
	}

	@Override
	public HttpReply authorize(Call call) {
		if (this.personality.has(OpenAiPersonality.Quirk.NO_AUTH)) {
			return null;
		}
		String authorization = call.header("authorization");
		if (("Bearer " + MockLlmServer.API_KEY).equals(authorization)) {
			return null;
		}
		return OpenAiErrors.unauthorized(this.personality, authorization == null);
	}

	@Override
	public HttpReply validate(Call call) {
		String endpoint = call.endpoint();
		boolean post = "POST".equals(call.method());
		if (endpoint.equals(CHAT) && post) {
			return OpenAiValidator.chat(this.personality, call.json());
		}
		if (endpoint.equals(EMBEDDINGS) && post && this.personality.embedding() != null) {
			return validateEmbeddings(call.json());
		}
		if ((endpoint.equals(MODELS) || endpoint.startsWith(MODELS + "/")) && "GET".equals(call.method())) {
			String model = (endpoint.length() > MODELS.length()) ? endpoint.substring(MODELS.length() + 1) : null;
			return (model != null && !this.personality.models().contains(model))
					? OpenAiErrors.modelNotFound(this.personality, model) : null;
		}
		return OpenAiErrors.notFound(this.personality, call.method(), endpoint);
	}

	private HttpReply validateEmbeddings(JsonNode body) {
		if (body == null || !body.path("input").isString() && !body.path("input").isArray()) {
			return OpenAiErrors.of(this.personality, 400, "invalid_request_error", null,
					"'input' must be a string or an array of strings", "input");
		}
		if (OpenAiValidator.MISSING_MODEL.equals(body.path("model").asString(""))) {
			return OpenAiErrors.modelNotFound(this.personality, OpenAiValidator.MISSING_MODEL);
		}
		return null;
	}

	@Override
	public HttpReply error(Call call, int status, String type, String message, Map<String, String> headers) {
		return OpenAiErrors.of(this.personality, status, type, type, message, null)
			.withHeaders(Map.of("x-request-id", "req_" + call.ids().hex(32)))
			.withHeaders(headers);
	}

	@Override
	public void respond(Call call, MockReply script) throws IOException {
		if (call.endpoint().equals(CHAT)) {
			chat(call, script);
		}
		else if (call.endpoint().equals(EMBEDDINGS)) {
			call.send(ok(call, embeddings(call.json())));
		}
		else if (call.endpoint().equals(MODELS)) {
			ObjectNode list = Json.object().put("object", "list");
			ArrayNode data = list.putArray("data");
			this.personality.models().forEach((id) -> data.add(model(id)));
			call.send(ok(call, list));
		}
		else {
			call.send(ok(call, model(call.endpoint().substring(MODELS.length() + 1))));
		}
	}

	private void chat(Call call, MockReply script) throws IOException {
		JsonNode body = call.json();
		Conversation conversation = conversation(body);
		MockReply reply = (script != null) ? script : DefaultReplies.answer(conversation);
		Answer answer = Answer.of(reply, conversation, () -> this.personality.newCallId(call.ids()));
		OpenAiChatRenderer renderer = new OpenAiChatRenderer(this.personality,
				this.personality.newChatId(call.ids()), body.get("model").stringValue(),
				Instant.now().getEpochSecond());
		Map<String, String> headers = Map.of("x-request-id", "req_" + call.ids().hex(32));
		if (body.path("stream").asBoolean(false)) {
			boolean includeUsage = body.path("stream_options").path("include_usage").asBoolean(false);
			boolean obfuscate = body.path("stream_options").path("include_obfuscation").asBoolean(true);
			SseStream stream = new OpenAiStreamRenderer(renderer, includeUsage, obfuscate).render(answer, reply);
			call.stream("text/event-stream; charset=utf-8", headers, stream);
			return;
		}
		HttpReply reply200 = HttpReply.json(200, renderer.completion(answer)).withHeaders(headers);
		if (this.personality.has(OpenAiPersonality.Quirk.BLANK_LINES_BEFORE_JSON)) {
			reply200 = reply200.withBody("\n\n" + reply200.body());
		}
		call.send(reply200);
	}

	private HttpReply ok(Call call, ObjectNode body) {
		return HttpReply.json(200, body).withHeaders(Map.of("x-request-id", "req_" + call.ids().hex(32)));
	}

	private ObjectNode model(String id) {
		ObjectNode model = Json.object().put("id", id).put("object", "model");
		if (!this.personality.has(OpenAiPersonality.Quirk.NO_MODEL_CREATED)) {
			model.put("created", 1_700_000_000L);
		}
		model.put("owned_by", this.personality.id());
		return model;
	}

	private ObjectNode embeddings(JsonNode body) {
		OpenAiPersonality.Embedding embedding = this.personality.embedding();
		String model = body.path("model").asString(embedding.model());
		int dimensions = body.path(embedding.dimensionsField()).asInt(embedding.dimensions());
		boolean base64 = "base64".equals(body.path("encoding_format").asString(""));
		List<String> inputs = new ArrayList<>();
		if (body.get("input").isString()) {
			inputs.add(body.get("input").stringValue());
		}
		else {
			body.get("input").forEach((input) -> inputs.add(Json.text(input)));
		}
		ObjectNode root = Json.object().put("object", "list").put("model", model);
		ArrayNode data = root.putArray("data");
		int tokens = 0;
		for (int i = 0; i < inputs.size(); i++) {
			float[] vector = Embeddings.vector(inputs.get(i), dimensions);
			ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
			if (base64) {
				item.put("embedding", Embeddings.base64(vector));
			}
			else {
				item.set("embedding", Embeddings.floats(vector));
			}
			tokens += Texts.tokens(inputs.get(i));
		}
		root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
		return root;
	}

	static Conversation conversation(JsonNode body) {
		Set<String> tools = new LinkedHashSet<>();
		body.path("tools").forEach((tool) -> tools.add(tool.path("function").path("name").asString("")));
		JsonNode messages = body.path("messages");
		List<String> results = new ArrayList<>();
		int last = messages.size() - 1;
		while (last >= 0 && "tool".equals(messages.get(last).path("role").asString(""))) {
			results.add(0, Texts.joined(messages.get(last).get("content")));
			last--;
		}
		String userText = null;
		List<Attachment> attachments = List.of();
		for (int i = messages.size() - 1; i >= 0 && userText == null; i--) {
			if ("user".equals(messages.get(i).path("role").asString(""))) {
				userText = Texts.joined(messages.get(i).get("content"));
				attachments = OpenAiMedia.attachments(messages.get(i).path("content"));
				userText = (userText == null && !attachments.isEmpty()) ? "" : userText;
			}
		}
		boolean reasoning = body.has("reasoning") || body.path("thinking").path("type").asString("").equals("enabled");
		return new Conversation(userText, results, tools, Texts.tokens(messages.toString()), reasoning, attachments);
	}

}

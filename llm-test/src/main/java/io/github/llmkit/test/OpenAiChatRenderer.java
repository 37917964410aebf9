package io.github.llmkit.test;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a non-streamed chat completion in one OpenAI-compatible provider's format, and the parts (usage,
 * finish reason, chunk header) the stream renderer shares.
 */
final class OpenAiChatRenderer {

	private final OpenAiPersonality personality;

	private final String id;

	private final String model;

	private final long created;

	OpenAiChatRenderer(OpenAiPersonality personality, String id, String model, long created) {
		this.personality = personality;
		this.id = id;
		this.model = model;
		this.created = created;
	}

	OpenAiPersonality personality() {
		return this.personality;
	}

	ObjectNode completion(Answer answer) {
		ObjectNode root = header("chat.completion");
		ObjectNode choice = root.putArray("choices").addObject();
		choice.put("index", 0);
		choice.set("message", message(answer));
		if (!this.personality.has(OpenAiPersonality.Quirk.NO_LOGPROBS_KEY)) {
			choice.putNull("logprobs");
		}
		choice.put("finish_reason", finishReason(answer));
		if (this.personality.has(OpenAiPersonality.Quirk.NATIVE_FINISH_REASON)) {
			choice.put("native_finish_reason", finishReason(answer));
		}
		root.set("usage", usage(answer));
		if (this.personality.has(OpenAiPersonality.Quirk.X_GROQ)) {
			root.putObject("x_groq").put("id", groqRequestId());
		}
		return root;
	}

	private ObjectNode message(Answer answer) {
		ObjectNode message = Json.object();
		message.put("role", "assistant");
		boolean refusalField = this.personality.has(OpenAiPersonality.Quirk.REFUSAL_FIELD);
		String text = (answer.refusal() != null && !refusalField) ? answer.refusal() : answer.text();
		boolean thinkingChunks = this.personality.has(OpenAiPersonality.Quirk.THINKING_CHUNKS);
		if (thinkingChunks && answer.reasoning() != null) {
			ArrayNode content = message.putArray("content");
			content.add(thinkingChunk(answer.reasoning()));
			content.addObject().put("type", "text").put("text", (text != null) ? text : "");
		}
		else if (text != null || !answer.hasToolCalls()
				|| !this.personality.has(OpenAiPersonality.Quirk.CONTENT_ABSENT_WITH_TOOLS)) {
			message.put("content", text);
		}
		if (this.personality.reasoningField() != null && answer.reasoning() != null) {
			message.put(this.personality.reasoningField(), answer.reasoning());
			if (this.personality.has(OpenAiPersonality.Quirk.REASONING_DETAILS)) {
				message.putArray("reasoning_details").add(reasoningDetail(answer.reasoning()).put("signature", SIGNATURE))
						.add(encryptedDetail());
			}
		}
		if (refusalField) {
			message.put("refusal", answer.refusal());
		}
		if (answer.hasToolCalls()) {
			ArrayNode calls = message.putArray("tool_calls");
			for (MockToolCall call : answer.toolCalls()) {
				calls.add(toolCall(call, -1, call.arguments()));
			}
		}
		return message;
	}

	/**
	 * Render a whole tool call, or its first stream fragment; {@code index} is omitted when negative.
	 */
	static ObjectNode toolCall(MockToolCall call, int index, String arguments) {
		ObjectNode node = Json.object();
		if (index >= 0) {
			node.put("index", index);
		}
		node.put("id", call.id());
		node.put("type", "function");
		node.putObject("function").put("name", call.name()).put("arguments", arguments);
		return node;
	}

	/**
	 * The signature the OpenRouter personality puts on its {@code reasoning.text} item.
	 */
	static final String SIGNATURE = "sig-mock-reasoning";

	/**
	 * Render one OpenRouter {@code reasoning_details} item of type {@code reasoning.encrypted}, at index 1.
	 */
	static ObjectNode encryptedDetail() {
		return Json.object().put("type", "reasoning.encrypted").put("data", "gAAAAmock-encrypted").put("id", "rs_mock")
				.put("format", "openai-responses-v1").put("index", 1);
	}

	/**
	 * Render one OpenRouter {@code reasoning_details} item of type {@code reasoning.text}.
	 */
	static ObjectNode reasoningDetail(String text) {
		return Json.object().put("type", "reasoning.text").put("text", text).put("format", "unknown").put("index", 0);
	}

	static ObjectNode thinkingChunk(String reasoning) {
		ObjectNode chunk = Json.object();
		chunk.put("type", "thinking");
		chunk.putArray("thinking").addObject().put("type", "text").put("text", reasoning);
		return chunk;
	}

	String groqRequestId() {
		return "req_" + this.id.replace("chatcmpl-", "").replace("-", "").substring(0, 26);
	}

	ObjectNode header(String object) {
		ObjectNode root = Json.object();
		root.put("id", this.id);
		root.put("object", object);
		root.put("created", this.created);
		root.put("model", this.model);
		if (this.personality.fingerprint() != null) {
			root.put("system_fingerprint", this.personality.fingerprint());
		}
		if (this.personality.has(OpenAiPersonality.Quirk.NATIVE_FINISH_REASON)) {
			root.put("provider", "openai");
		}
		return root;
	}

	String finishReason(Answer answer) {
		if (answer.finishReason() != null) {
			return answer.finishReason();
		}
		if (answer.isBlocked()) {
			return "content_filter";
		}
		return (answer.hasToolCalls()) ? "tool_calls" : "stop";
	}

	ObjectNode usage(Answer answer) {
		ObjectNode usage = Json.object();
		boolean excluded = this.personality.has(OpenAiPersonality.Quirk.REASONING_OUTSIDE_COMPLETION);
		usage.put("prompt_tokens", answer.inputTokens());
		usage.put("completion_tokens", answer.outputTokens());
		usage.put("total_tokens",
				answer.inputTokens() + answer.outputTokens() + ((excluded) ? answer.reasoningTokens() : 0));
		if (this.personality.has(OpenAiPersonality.Quirk.X_GROQ)) {
			usage.put("queue_time", 0.01).put("prompt_time", 0.002).put("completion_time", 0.02);
			usage.put("total_time", 0.022);
		}
		else if (!this.personality.has(OpenAiPersonality.Quirk.PLAIN_USAGE)) {
			usage.putObject("prompt_tokens_details").put("cached_tokens", 0);
			usage.putObject("completion_tokens_details").put("reasoning_tokens", answer.reasoningTokens());
		}
		if (this.personality.has(OpenAiPersonality.Quirk.CACHE_HIT_USAGE)) {
			usage.put("prompt_cache_hit_tokens", 0);
			usage.put("prompt_cache_miss_tokens", answer.inputTokens());
		}
		return usage;
	}

}
